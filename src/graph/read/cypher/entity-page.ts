import { ENTITY_RELATION_TYPES } from '../../annotation.ts';
import type { CursorKey } from '../../model.ts';
import { CREATION_ORDER, ENTITY_CLAIM_LISTS, entityPageRows, type EntityClaimList } from './claim-pages.ts';
import { collectKeys } from './claims.ts';
import { claimProjection, entityProjection, FULL_PROJECTION, type Projection } from './projections.ts';

const ENTITY_RELATION_PATTERN = ENTITY_RELATION_TYPES.join('|');

/** Entity.relations: typed entity-entity relationships in both directions. Rows `(id, type, outgoing, evidence, n)`. */
export const ENTITY_RELATIONS = `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})-[r:${ENTITY_RELATION_PATTERN}]-(n:Entity)
  RETURN id, type(r) AS type, startNode(r) = e AS outgoing, r.evidence AS evidence, ${entityProjection('n')} AS n
  ORDER BY type, n.name`;

/** The claim-page windows and relations an entity page asks for (see buildEntityPageQuery). */
export interface EntityPageInclude {
  pages: { field: EntityClaimList; offset: number; limit: number; afterKey?: CursorKey }[];
  relations: boolean;
}

/**
 * entity(id:) with what its selection asks for (claims, mentionedIn, relations), in one
 * statement: one row `(n, pages, relations)` (none when there is no such entity), `pages[i]` being
 * `{total, page, keys}` for `include.pages[i]` (`$offset<i>`, `$limit<i>`; with its `afterKey`,
 * after the claim of `$afterCreatedAt<i>`, `$afterSeq<i>`, `$afterClaim<i>` instead of `$offset<i>`).
 */
export function buildEntityPageQuery(include: EntityPageInclude, projection: Projection = FULL_PROJECTION): string {
  const totals = include.pages.map((p, i) => `${ENTITY_CLAIM_LISTS[p.field].total} AS total${i}`);
  const calls = include.pages.map(
    (p, i) => `CALL (e) {
      ${entityPageRows(p.field, `$offset${i}`, `$limit${i}`, p.afterKey && { suffix: String(i) }).replace(/\n/g, '\n    ')}
      WITH c ORDER BY ${CREATION_ORDER}
      RETURN collect(${claimProjection('c', projection.claim)}) AS page${i}, ${collectKeys('c')} AS keys${i}
    }`,
  );
  const relations = include.relations
    ? `COLLECT {
        MATCH (e)-[r:${ENTITY_RELATION_PATTERN}]-(n:Entity)
        RETURN {type: type(r), outgoing: startNode(r) = e, evidence: r.evidence, n: ${entityProjection('n', projection.entity)}} AS relation
        ORDER BY relation.type, n.name
      }`
    : '[]';
  return [
    '',
    '    MATCH (e:Entity {id: $id})',
    ...(include.pages.length ? [`    WITH e, ${totals.join(', ')}`] : []),
    ...calls.map((c) => `    ${c}`),
    `    RETURN ${entityProjection('e', projection.entity)} AS n,`,
    `      [${include.pages.map((_, i) => `{total: total${i}, page: page${i}, keys: keys${i}}`).join(', ')}] AS pages,`,
    `      ${relations} AS relations`,
  ].join('\n');
}
