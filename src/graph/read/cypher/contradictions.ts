import { claimProjection, entityProjection, FULL_PROJECTION, type Projection } from './projections.ts';

/** Claim `v`'s map with its claimants as one more key (GraphSource reads them as `v.claimants`). */
const claimed = (v: string, p: Projection) =>
  claimProjection(v, p.claim, false, [
    ` claimants: COLLECT { MATCH (${v})-[o:CLAIMED_BY]->(n:Entity) RETURN ${entityProjection('n', p.entity)} ORDER BY o.order }`,
  ]);

/**
 * contradictions(first:): claim pairs joined by CONTRADICTS or DISPUTES, newest first. The claims
 * are walked newest first along the claim_created index and expanded until the page is full (a
 * partial top-k on the remaining sort keys), instead of scanning and sorting every conflict in the
 * graph: the cost follows the page, not the number of contradictions. Both sides come with their
 * claimants (what a list of conflicts shows next to each claim), in the same statement and only
 * for the page, each claim's claimants in the claim's own map.
 */
export const buildContradictionsQuery = (p: Projection = FULL_PROJECTION) => `
  MATCH (a:Claim)
  WHERE a.createdAt IS NOT NULL
  WITH a ORDER BY a.createdAt DESC
  MATCH (a)-[r:CONTRADICTS|DISPUTES]->(b)
  WITH a, b, r
  ORDER BY a.createdAt DESC, type(r), a.id, b.id
  LIMIT $limit
  WITH a, b, r, a.createdAt AS createdAt, a.id AS aId, b.id AS bId
  RETURN ${claimed('a', p)} AS a, ${claimed('b', p)} AS b, type(r) AS type, r.reason AS reason
  ORDER BY createdAt DESC, type, aId, bId`;

export const CONTRADICTIONS = buildContradictionsQuery();
