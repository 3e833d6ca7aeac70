import { articleProjection, channelProjection, claimProjection, entityProjection } from './projections.ts';

/**
 * Batched one-hop look-ups used by field resolvers (Claim.claimants, Article.cites, ...).
 * Every statement takes `$ids` (node keys of the parents) and returns rows `(id, n)` in the
 * order the field lists them; DataLoader groups the rows back by parent.
 */
export const NEIGHBOURS = {
  claimClaimants: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[r:CLAIMED_BY]->(n:Entity)
    RETURN id, ${entityProjection('n')} AS n ORDER BY r.order`,
  claimMentions: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:MENTIONS]->(n:Entity)
    RETURN id, ${entityProjection('n')} AS n ORDER BY n.name`,
  claimReportedVia: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[r:REPORTED_VIA]->(n:Organization)
    RETURN id, ${entityProjection('n')} AS n ORDER BY r.order`,
  claimChannel: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:VIA_CHANNEL]->(n:Channel)
    RETURN id, ${channelProjection('n')} AS n`,
  claimFigures: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:HAS_FIGURE]->(n:Figure)
    RETURN id, n ORDER BY n.id`,
  claimContradicts: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:CONTRADICTS]-(n:Claim)
    WITH DISTINCT id, n ORDER BY n.id
    RETURN id, ${claimProjection('n')} AS n`,
  claimDisputes: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:DISPUTES]->(n:Claim)
    RETURN id, ${claimProjection('n')} AS n ORDER BY n.id`,
  claimDisputedBy: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})<-[:DISPUTES]-(n:Claim)
    RETURN id, ${claimProjection('n')} AS n ORDER BY n.id`,
  channelOperator: `
    UNWIND $ids AS id
    MATCH (:Channel {id: id})-[:OPERATED_BY]->(n:Entity)
    RETURN id, ${entityProjection('n')} AS n`,
  channelPlatform: `
    UNWIND $ids AS id
    MATCH (:Channel {id: id})-[:HOSTED_ON]->(n:Organization)
    RETURN id, ${entityProjection('n')} AS n`,
  articleAuthor: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[:WRITTEN_BY]->(n:Person)
    RETURN id, ${entityProjection('n')} AS n`,
  articlePublisher: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[:PUBLISHED_BY]->(n:Organization)
    RETURN id, ${entityProjection('n')} AS n`,
  articleCites: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[r:CITES]->(n:Organization)
    RETURN id, ${entityProjection('n')} AS n ORDER BY r.order`,
  articleImageCredits: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[r:IMAGE_CREDIT]->(n:Entity)
    RETURN id, ${entityProjection('n')} AS n ORDER BY r.order`,
  articleEntities: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[:MENTIONS]->(n:Entity)
    RETURN id, ${entityProjection('n')} AS n ORDER BY n.name`,
  entityArticles: `
    UNWIND $ids AS id
    MATCH (:Entity {id: id})<-[:MENTIONS]-(n:Article)
    WITH id, n ORDER BY n.publishedAt IS NULL, n.publishedAt DESC
    RETURN id, ${articleProjection('n')} AS n`,
} as const;

export type NeighbourField = keyof typeof NEIGHBOURS;

/** The kind of node each field's rows hold (the statement fixes it; the maps carry no label but an entity's). */
export const NEIGHBOUR_KINDS: Record<NeighbourField, 'Entity' | 'Claim' | 'Article' | 'Channel' | 'Figure'> = {
  claimClaimants: 'Entity',
  claimMentions: 'Entity',
  claimReportedVia: 'Entity',
  claimChannel: 'Channel',
  claimFigures: 'Figure',
  claimContradicts: 'Claim',
  claimDisputes: 'Claim',
  claimDisputedBy: 'Claim',
  channelOperator: 'Entity',
  channelPlatform: 'Entity',
  articleAuthor: 'Entity',
  articlePublisher: 'Entity',
  articleCites: 'Entity',
  articleImageCredits: 'Entity',
  articleEntities: 'Entity',
  entityArticles: 'Article',
};
