import { FULL_PROJECTION, nodeProjection, type Projection } from './projections.ts';

/**
 * path(from:, to:): shortest connection over API-visible nodes. An article's MENTIONS list is
 * not crossed: it would put every two entities of an article two hops apart and hide how they
 * are actually connected (through claims, channels, outlets and stated relations). Variable-length bounds cannot
 * be parameters in Cypher, so `maxHops` is a validated integer (1..MAX_HOPS) and the node
 * labels come from the fixed map below.
 */
export const MAX_HOPS = 6;

const LABEL = { Entity: 'Entity', Claim: 'Claim', Article: 'Article', Channel: 'Channel' } as const;
export type PathLabel = keyof typeof LABEL;

export function buildPathQuery(
  fromLabel: PathLabel,
  toLabel: PathLabel,
  maxHops: number,
  projection: Projection = FULL_PROJECTION,
): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) throw new RangeError(`maxHops must be 1..${MAX_HOPS}`);
  return `
  MATCH (a:${LABEL[fromLabel]} {id: $from})
  MATCH (b:${LABEL[toLabel]} {id: $to})
  MATCH p = shortestPath((a)-[*..${maxHops}]-(b))
  WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim OR n:Article OR n:Channel)
    AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS' AND startNode(r):Article)
  RETURN [n IN nodes(p) | ${nodeProjection('n', projection)}] AS nodes, [r IN relationships(p) | {type: type(r), start: startNode(r).id}] AS rels`;
}
