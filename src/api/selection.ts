/**
 * What a request's document selects on each kind of node, for the statements' projections
 * (src/graph/cypher/projections.ts): a list of claims that shows each claim's text does not
 * fetch their evidence, quotes and verbs, and the names along a provenance chain do not bring
 * the articles' captions.
 *
 * Every field of every operation and fragment of the document counts, on the type it is
 * selected on; a field selected on an interface or union (`... on Entity { name }`, `Node`)
 * counts for each type that implements it. So the projection holds at least what any resolver
 * of the request will read (a superset when the document has several operations, or fields
 * under @skip/@include). Computed once per parsed document: Apollo hands every request with the
 * same query text the same DocumentNode.
 */
import { createRequire } from 'node:module';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Projection } from '../graph/cypher/projections.ts';

// Apollo's copy of graphql-js (see src/server/query-limits.ts): TypeInfo checks the schema's
// types with instanceof.
const require = createRequire(import.meta.url);
const { TypeInfo, visit, visitWithTypeInfo, isAbstractType } = require('graphql') as typeof import('graphql');

const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Group'];

/** GraphQL field names selected on each object type. */
export function fieldsByType(schema: GraphQLSchema, document: DocumentNode): Map<string, Set<string>> {
  const byType = new Map<string, Set<string>>();
  const add = (type: string, field: string) => {
    let fields = byType.get(type);
    if (!fields) byType.set(type, (fields = new Set()));
    fields.add(field);
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        const name = node.name.value;
        if (isAbstractType(parent)) for (const type of schema.getPossibleTypes(parent)) add(type.name, name);
        else add(parent.name, name);
      },
    }),
  );
  return byType;
}

const projections = new WeakMap<DocumentNode, Projection>();

/**
 * Fields computed from node properties that the document need not select itself:
 * SearchHit.highlights reads the indexed text of its node, PathStep.explanation the names.
 */
const NEEDS: Record<string, Record<string, Partial<Record<'entity' | 'claim' | 'article' | 'channel', string[]>>>> = {
  SearchHit: { highlights: { entity: ['name', 'aliases'], claim: ['text', 'quote'], article: ['title', 'deck'] } },
  PathStep: { explanation: { entity: ['name'], claim: ['text'], article: ['title'], channel: ['name'] } },
};

/** The projection for a document (cached with it). */
export function projectionFor(schema: GraphQLSchema, document: DocumentNode): Projection {
  let projection = projections.get(document);
  if (!projection) {
    const byType = fieldsByType(schema, document);
    const none = new Set<string>();
    const kinds = {
      entity: new Set(ENTITY_TYPES.flatMap((t) => [...(byType.get(t) ?? none)])),
      claim: new Set(byType.get('Claim') ?? none),
      article: new Set(byType.get('Article') ?? none),
      channel: new Set(byType.get('Channel') ?? none),
    };
    for (const [type, fields] of Object.entries(NEEDS)) {
      for (const [field, needs] of Object.entries(fields)) {
        if (!byType.get(type)?.has(field)) continue;
        for (const [kind, names] of Object.entries(needs)) for (const name of names) kinds[kind as keyof typeof kinds].add(name);
      }
    }
    projection = kinds;
    projections.set(document, projection);
  }
  return projection;
}
