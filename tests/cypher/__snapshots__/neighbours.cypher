// NEIGHBOURS.claimClaimants
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[r:CLAIMED_BY]->(n:Entity)
RETURN id, n ORDER BY r.order
;

// NEIGHBOURS.claimMentions
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:MENTIONS]->(n:Entity)
RETURN id, n ORDER BY n.name
;

// NEIGHBOURS.claimReportedVia
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[r:REPORTED_VIA]->(n:Organization)
RETURN id, n ORDER BY r.order
;

// NEIGHBOURS.claimChannel
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:VIA_CHANNEL]->(n:Channel)
RETURN id, n
;

// NEIGHBOURS.claimFigures
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:HAS_FIGURE]->(n:Figure)
RETURN id, n ORDER BY n.id
;

// NEIGHBOURS.claimContradicts
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:CONTRADICTS]-(n:Claim)
RETURN DISTINCT id, n ORDER BY n.id
;

// NEIGHBOURS.claimDisputes
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:DISPUTES]->(n:Claim)
RETURN id, n ORDER BY n.id
;

// NEIGHBOURS.claimDisputedBy
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:DISPUTES]-(n:Claim)
RETURN id, n ORDER BY n.id
;

// NEIGHBOURS.channelOperator
// params: $ids
UNWIND $ids AS id
MATCH (:Channel {id: id})-[:OPERATED_BY]->(n:Entity)
RETURN id, n
;

// NEIGHBOURS.channelPlatform
// params: $ids
UNWIND $ids AS id
MATCH (:Channel {id: id})-[:HOSTED_ON]->(n:Organization)
RETURN id, n
;

// NEIGHBOURS.articleAuthor
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[:WRITTEN_BY]->(n:Person)
RETURN id, n
;

// NEIGHBOURS.articlePublisher
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[:PUBLISHED_BY]->(n:Organization)
RETURN id, n
;

// NEIGHBOURS.articleCites
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[r:CITES]->(n:Organization)
RETURN id, n ORDER BY r.order
;

// NEIGHBOURS.articleImageCredits
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[r:IMAGE_CREDIT]->(n:Entity)
RETURN id, n ORDER BY r.order
;

// NEIGHBOURS.articleEntities
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(n:Entity)
RETURN id, n ORDER BY n.name
;

// NEIGHBOURS.entityArticles
// params: $ids
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:MENTIONS]-(n:Article)
RETURN id, n ORDER BY n.publishedAt DESC
;

// ENTITY_RELATIONS
// params: $ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r:HEAD_OF|PART_OF|MEMBER_OF|CAPITAL_OF|LOCATED_IN|AFFILIATED_WITH]-(n:Entity)
RETURN id, type(r) AS type, startNode(r) = e AS outgoing, r.evidence AS evidence, n
ORDER BY type, n.name
;

// CLAIM_PAGES.entityClaims
// params: $ids, $offset, $limit
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:CLAIMED_BY]-(c:Claim)
WITH id, c ORDER BY c.createdAt, c.seq, c.id
WITH id, collect(c) AS claims
RETURN id, size(claims) AS total, claims[$offset..($offset + $limit)] AS page
;

// CLAIM_PAGES.entityMentionedIn
// params: $ids, $offset, $limit
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:MENTIONS]-(c:Claim)
WITH id, c ORDER BY c.createdAt, c.seq, c.id
WITH id, collect(c) AS claims
RETURN id, size(claims) AS total, claims[$offset..($offset + $limit)] AS page
;

// CLAIM_PAGES.articleClaims
// params: $ids, $offset, $limit
UNWIND $ids AS id
MATCH (:Article {id: id})<-[:APPEARS_IN]-(c:Claim)
WITH id, c ORDER BY c.seq, c.id
WITH id, collect(c) AS claims
RETURN id, size(claims) AS total, claims[$offset..($offset + $limit)] AS page
;
