/**
 * What a whole parsed document selects, over every operation in it (the fetch plan,
 * src/api/fetch-plan.ts, plans the one operation a request runs): the projection a document
 * implies, for bench/plans.ts and tests/api/selection-projections.test.ts. `@skip`/`@include`
 * that read a variable need it in `variables`.
 */
import { Kind, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Projection } from '../graph/cypher/projections.ts';
import { fragmentsOf, planFor, projectionOf } from './fetch-plan.ts';

/** GraphQL field names selected on each object type, by any operation of the document. */
export function fieldsByType(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): Map<string, Set<string>> {
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
