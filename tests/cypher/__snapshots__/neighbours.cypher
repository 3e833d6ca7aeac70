// NEIGHBOURS.claimClaimants
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[r:CLAIMED_BY]->(n:Entity)
RETURN id, n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n ORDER BY r.order
;

// NEIGHBOURS.claimMentions
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:MENTIONS]->(n:Entity)
RETURN id, n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n ORDER BY n.name
;

// NEIGHBOURS.claimReportedVia
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[r:REPORTED_VIA]->(n:Organization)
RETURN id, n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n ORDER BY r.order
;

// NEIGHBOURS.claimChannel
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:VIA_CHANNEL]->(n:Channel)
RETURN id, n {.id, .name, .medium} AS n
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
WITH DISTINCT id, n ORDER BY n.id
RETURN id, n {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence} AS n
;

// NEIGHBOURS.claimDisputes
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:DISPUTES]->(n:Claim)
RETURN id, n {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence} AS n ORDER BY n.id
;

// NEIGHBOURS.claimDisputedBy
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:DISPUTES]-(n:Claim)
RETURN id, n {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence} AS n ORDER BY n.id
;

// NEIGHBOURS.channelOperator
// params: $ids
UNWIND $ids AS id
MATCH (:Channel {id: id})-[:OPERATED_BY]->(n:Entity)
RETURN id, n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n
;

// NEIGHBOURS.channelPlatform
// params: $ids
UNWIND $ids AS id
MATCH (:Channel {id: id})-[:HOSTED_ON]->(n:Organization)
RETURN id, n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n
;

// NEIGHBOURS.articleAuthor
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[:WRITTEN_BY]->(n:Person)
RETURN id, n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n
;

// NEIGHBOURS.articlePublisher
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[:PUBLISHED_BY]->(n:Organization)
RETURN id, n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n
;

// NEIGHBOURS.articleCites
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[r:CITES]->(n:Organization)
RETURN id, n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n ORDER BY r.order
;

// NEIGHBOURS.articleImageCredits
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[r:IMAGE_CREDIT]->(n:Entity)
RETURN id, n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n ORDER BY r.order
;

// NEIGHBOURS.articleEntities
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(n:Entity)
RETURN id, n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n ORDER BY n.name
;

// NEIGHBOURS.entityArticles
// params: $ids
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:MENTIONS]-(n:Article)
WITH id, n ORDER BY n.publishedAt IS NULL, n.publishedAt DESC
RETURN id, n {.id, .title, .deck, .subtitle, .url, publishedAt: toString(n.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash} AS n
;
