/**
 * Batched one-hop look-ups used by field resolvers (Claim.claimants, Article.cites, ...).
 * Every statement takes `$ids` (node keys of the parents) and returns rows `(id, n)` in the
 * order the field lists them; DataLoader groups the rows back by parent.
 */
export const NEIGHBOURS = {
  claimClaimants: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[r:CLAIMED_BY]->(n:Entity)
    RETURN id, n ORDER BY r.order`,
  claimMentions: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:MENTIONS]->(n:Entity)
    RETURN id, n ORDER BY n.name`,
  claimReportedVia: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[r:REPORTED_VIA]->(n:Organization)
    RETURN id, n ORDER BY r.order`,
  claimChannel: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:VIA_CHANNEL]->(n:Channel)
    RETURN id, n`,
  claimFigures: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:HAS_FIGURE]->(n:Figure)
    RETURN id, n ORDER BY n.id`,
  claimContradicts: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:CONTRADICTS]-(n:Claim)
    RETURN DISTINCT id, n ORDER BY n.id`,
  claimDisputes: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})-[:DISPUTES]->(n:Claim)
    RETURN id, n ORDER BY n.id`,
  claimDisputedBy: `
    UNWIND $ids AS id
    MATCH (:Claim {id: id})<-[:DISPUTES]-(n:Claim)
    RETURN id, n ORDER BY n.id`,
  channelOperator: `
    UNWIND $ids AS id
    MATCH (:Channel {id: id})-[:OPERATED_BY]->(n:Entity)
    RETURN id, n`,
  channelPlatform: `
    UNWIND $ids AS id
    MATCH (:Channel {id: id})-[:HOSTED_ON]->(n:Organization)
    RETURN id, n`,
  articleAuthor: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[:WRITTEN_BY]->(n:Person)
    RETURN id, n`,
  articlePublisher: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[:PUBLISHED_BY]->(n:Organization)
    RETURN id, n`,
  articleCites: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[r:CITES]->(n:Organization)
    RETURN id, n ORDER BY r.order`,
  articleImageCredits: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[r:IMAGE_CREDIT]->(n:Entity)
    RETURN id, n ORDER BY r.order`,
  articleEntities: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})-[:MENTIONS]->(n:Entity)
    RETURN id, n ORDER BY n.name`,
  entityArticles: `
    UNWIND $ids AS id
    MATCH (:Entity {id: id})<-[:MENTIONS]-(n:Article)
    RETURN id, n ORDER BY n.publishedAt DESC`,
} as const;

export type NeighbourField = keyof typeof NEIGHBOURS;

/** Entity.relations: typed entity-entity relationships in both directions. Rows `(id, type, outgoing, evidence, n)`. */
export const ENTITY_RELATIONS = `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})-[r:HEAD_OF|PART_OF|MEMBER_OF|CAPITAL_OF|LOCATED_IN|AFFILIATED_WITH]-(n:Entity)
  RETURN id, type(r) AS type, startNode(r) = e AS outgoing, r.evidence AS evidence, n
  ORDER BY type, n.name`;

/**
 * Paged claim lists per parent (Entity.claims, Entity.mentionedIn, Article.claims).
 * `$ids`, `$offset`, `$limit`; rows `(id, total, page)`. Claims are in creation order.
 */
export const CLAIM_PAGES = {
  entityClaims: `
    UNWIND $ids AS id
    MATCH (:Entity {id: id})<-[:CLAIMED_BY]-(c:Claim)
    WITH id, c ORDER BY c.createdAt, c.seq, c.id
    WITH id, collect(c) AS claims
    RETURN id, size(claims) AS total, claims[$offset..($offset + $limit)] AS page`,
  entityMentionedIn: `
    UNWIND $ids AS id
    MATCH (:Entity {id: id})<-[:MENTIONS]-(c:Claim)
    WITH id, c ORDER BY c.createdAt, c.seq, c.id
    WITH id, collect(c) AS claims
    RETURN id, size(claims) AS total, claims[$offset..($offset + $limit)] AS page`,
  articleClaims: `
    UNWIND $ids AS id
    MATCH (:Article {id: id})<-[:APPEARS_IN]-(c:Claim)
    WITH id, c ORDER BY c.seq, c.id
    WITH id, collect(c) AS claims
    RETURN id, size(claims) AS total, claims[$offset..($offset + $limit)] AS page`,
} as const;

export type ClaimPageField = keyof typeof CLAIM_PAGES;
