import { articleProjection, channelProjection, claimProjection, entityProjection } from './projections.ts';

/**
 * Batched look-ups by node key, one statement per label so that each uses its id constraint.
 * Every statement takes `$ids` and returns rows `(id, n)`, nodes as projections (projections.ts).
 */
export const NODES_BY_IDS = {
  Entity: `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, ${entityProjection('n')} AS n`,
  Claim: `UNWIND $ids AS id MATCH (n:Claim {id: id}) RETURN id, ${claimProjection('n')} AS n`,
  Article: `UNWIND $ids AS id MATCH (n:Article {id: id}) RETURN id, ${articleProjection('n')} AS n`,
  Channel: `UNWIND $ids AS id MATCH (n:Channel {id: id}) RETURN id, ${channelProjection('n')} AS n`,
} as const;

export type NodeLabel = keyof typeof NODES_BY_IDS;

/** An article's text and body, for articles read without them (see projections.ts). Rows `(id, text, body)`. */
export const ARTICLE_TEXTS = `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.text AS text, a.body AS body`;
