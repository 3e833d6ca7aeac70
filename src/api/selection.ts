/**
 * The fetch plan (src/api/fetch-plan.ts) seen from a parsed document rather than from a running
 * request: the plan of one of its operations with raw variables (`planOperation`, for tests),
 * and what the whole document selects over every operation in it, with the projection that
 * implies (`fieldsByType`, `projectionFor`: bench/plans.ts, tests/api/selection-projections.test.ts;
 * `@skip`/`@include` that read a variable need it in `variables`).
 */
import {
  getVariableValues,
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Projection } from '../graph/read/cypher/projections.ts';
import { planFor, projectionOf, type FetchPlan } from './fetch-plan.ts';

/** GraphQL field names selected on each object type, by any operation of the document. */
export function fieldsByType(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): Map<string, Set<string>> {
  const byType = new Map<string, Set<string>>();
  const fragments = fragmentsOf(document);
  for (const operation of document.definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const [type, fields] of planFor(schema, fragments, operation, variables).fieldsByType) {
      byType.set(type, new Set([...(byType.get(type) ?? []), ...fields]));
    }
  }
  return byType;
}

const projections = new WeakMap<DocumentNode, Projection>();

/** The projection for a document (cached with it). */
export function projectionFor(schema: GraphQLSchema, document: DocumentNode): Projection {
  let projection = projections.get(document);
  if (!projection) projections.set(document, (projection = projectionOf(fieldsByType(schema, document))));
  return projection;
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments = Object.create(null) as Record<string, FragmentDefinitionNode>;
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return fragments;
}

/** The plan of one operation of a parsed document, with raw variables (coerced here, as graphql-js does). */
export function planOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: { operationName?: string; variables?: Record<string, unknown> } = {},
): FetchPlan {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const { operationName } = options;
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation)
    throw new GraphQLError(operationName ? `no operation named "${operationName}"` : 'pass the name of the operation to plan');
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], options.variables ?? {});
  if (coerced.errors) throw coerced.errors[0];
  return planFor(schema, fragmentsOf(document), operation, coerced.coerced);
}
