/**
 * Look-ahead for root fields that know their node's key before fetching it (`entity(id:)`,
 * `node(id:)` of an entity): the entity's claim pages and relations in the selection are fetched
 * with the entity itself, in one statement, instead of after it in a second round. The field
 * resolvers then find the answers in the request's DataLoader caches; nothing else changes.
 *
 * Best effort: a selection this does not understand, or arguments that are invalid (the field
 * resolver reports those), simply prefetch nothing.
 *
 * `claimIncludes` is the same idea for lists of claims: the page's one statement also fetches
 * what the selection asks of each claim (claimants, provenance).
 */
// The CommonJS build, like Apollo's (see src/server/query-limits.ts).
import { getArgumentValues } from 'graphql/execution/values.js';
import { Kind, type FieldNode, type GraphQLInterfaceType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { ClaimInclude } from '../graph/cypher/claims.ts';
import type { EntityPageInclude } from '../graph/cypher/neighbours.ts';
import type { GraphSource } from '../graph/graph-source.ts';
import { pageWindow } from './pagination.ts';

/** Fields of the selection (through inline fragments and fragment spreads), by name. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: FieldNode[] = [], depth = 0): FieldNode[] {
  if (!selectionSet || depth > 3) return out;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, info, out, depth + 1);
    else if (selection.kind === Kind.FRAGMENT_SPREAD) fieldsOf(info.fragments[selection.name.value]?.selectionSet, info, out, depth + 1);
  }
  return out;
}

const PAGED = { claims: 'entityClaims', mentionedIn: 'entityMentionedIn' } as const;

/**
 * What an entity root field's selection asks of the entity that its key alone determines: claim
 * pages (with their `first`/`after`) and relations, fetched with the entity in one statement
 * (GraphSource.entityPage). `articles` is asked for in the same turn, so it shares the
 * transaction. Null when there is nothing to fetch with the entity.
 */
export function entityIncludes(info: GraphQLResolveInfo, graph: GraphSource, key: string): EntityPageInclude | null {
  const include: EntityPageInclude = { pages: [], relations: false };
  try {
    // Duck-typed rather than isInterfaceType: under vitest `graphql` may load as a second copy
    // (ESM) beside Apollo's (CommonJS), and its instanceof checks reject Apollo's schema.
    const entityType = info.schema.getType('Entity') as GraphQLInterfaceType | undefined;
    if (!entityType || typeof entityType.getFields !== 'function') return null;
    const definitions = entityType.getFields();
    for (const node of info.fieldNodes) {
      for (const field of fieldsOf(node.selectionSet, info)) {
        const name = field.name.value;
        if (name === 'relations') include.relations = true;
        else if (name === 'articles') void Promise.resolve(graph.neighbours('entityArticles', key)).catch(() => undefined);
        else if (name === 'claims' || name === 'mentionedIn') {
          const args = getArgumentValues(definitions[name], field, info.variableValues) as { first?: number | null; after?: string | null; includeMembers?: boolean | null };
          // With its members' claims, the page is another statement (CLAIM_PAGES.entityClaimsWithMembers).
          if (args.includeMembers) continue;
          const { offset, limit } = pageWindow(args.first, args.after);
          const page = { field: PAGED[name], offset, limit };
          if (!include.pages.some((p) => p.field === page.field && p.offset === offset && p.limit === limit)) include.pages.push(page);
        }
      }
    }
  } catch {
    // The field resolvers will run (and report) whatever went wrong here.
    return null;
  }
  return include.pages.length || include.relations ? include : null;
}

/**
 * What the claims of a connection will be asked for next (`nodes { … }` or `edges { node { … } }`),
 * so that the page's statement fetches it with them.
 */
export function claimIncludes(info: GraphQLResolveInfo): ClaimInclude {
  const names = new Set<string>();
  const collect = (selectionSet: SelectionSetNode | undefined) => {
    for (const field of fieldsOf(selectionSet, info)) names.add(field.name.value);
  };
  for (const node of info.fieldNodes) {
    for (const field of fieldsOf(node.selectionSet, info)) {
      if (field.name.value === 'nodes') collect(field.selectionSet);
      else if (field.name.value === 'edges') {
        for (const edge of fieldsOf(field.selectionSet, info)) if (edge.name.value === 'node') collect(edge.selectionSet);
      }
    }
  }
  return { claimants: names.has('claimants'), provenance: names.has('provenance') };
}
