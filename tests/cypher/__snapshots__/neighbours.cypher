// NEIGHBOURS.claimClaimants
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[r:CLAIMED_BY]->(n:Entity)
RETURN id, {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} AS n ORDER BY r.order
;

// NEIGHBOURS.claimMentions
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:MENTIONS]->(n:Entity)
RETURN id, {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} AS n ORDER BY n.properties.name
;

// NEIGHBOURS.claimReportedVia
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[r:REPORTED_VIA]->(n:Organization)
RETURN id, {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} AS n ORDER BY r.order
;

// NEIGHBOURS.claimChannel
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:VIA_CHANNEL]->(n:Channel)
RETURN id, {labels: ['Channel'], properties: n {.id, .name, .medium}} AS n
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
RETURN id, {labels: ['Claim'], properties: n {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence}} AS n
;

// NEIGHBOURS.claimDisputes
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:DISPUTES]->(n:Claim)
RETURN id, {labels: ['Claim'], properties: n {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence}} AS n ORDER BY n.properties.id
;

// NEIGHBOURS.claimDisputedBy
// params: $ids
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:DISPUTES]-(n:Claim)
RETURN id, {labels: ['Claim'], properties: n {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence}} AS n ORDER BY n.properties.id
;

// NEIGHBOURS.channelOperator
// params: $ids
UNWIND $ids AS id
MATCH (:Channel {id: id})-[:OPERATED_BY]->(n:Entity)
RETURN id, {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} AS n
;

// NEIGHBOURS.channelPlatform
// params: $ids
UNWIND $ids AS id
MATCH (:Channel {id: id})-[:HOSTED_ON]->(n:Organization)
RETURN id, {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} AS n
;

// NEIGHBOURS.articleAuthor
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[:WRITTEN_BY]->(n:Person)
RETURN id, {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} AS n
;

// NEIGHBOURS.articlePublisher
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[:PUBLISHED_BY]->(n:Organization)
RETURN id, {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} AS n
;

// NEIGHBOURS.articleCites
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[r:CITES]->(n:Organization)
RETURN id, {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} AS n ORDER BY r.order
;

// NEIGHBOURS.articleImageCredits
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[r:IMAGE_CREDIT]->(n:Entity)
RETURN id, {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} AS n ORDER BY r.order
;

// NEIGHBOURS.articleEntities
// params: $ids
UNWIND $ids AS id
MATCH (:Article {id: id})-[:MENTIONS]->(n:Entity)
RETURN id, {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} AS n ORDER BY n.properties.name
;

// NEIGHBOURS.entityArticles
// params: $ids
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:MENTIONS]-(n:Article)
WITH id, n ORDER BY n.publishedAt IS NULL, n.publishedAt DESC
RETURN id, {labels: ['Article'], properties: n {.id, .title, .deck, .subtitle, .url, publishedAt: toString(n.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash}} AS n
;

// ENTITY_RELATIONS
// params: $ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r:HEAD_OF|PART_OF|MEMBER_OF|CAPITAL_OF|LOCATED_IN|AFFILIATED_WITH]-(n:Entity)
RETURN id, type(r) AS type, startNode(r) = e AS outgoing, r.evidence AS evidence, {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} AS n
ORDER BY type, n.properties.name
;

// CLAIM_PROVENANCE
// params: $ids
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (c)-[:APPEARS_IN]->(a:Article)
RETURN id, {
  claimants: COLLECT { MATCH (c)-[r:CLAIMED_BY]->(n:Entity) RETURN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} ORDER BY r.order },
  channel: COLLECT { MATCH (c)-[:VIA_CHANNEL]->(n:Channel) RETURN {labels: ['Channel'], properties: n {.id, .name, .medium}} },
  via: COLLECT { MATCH (c)-[r:REPORTED_VIA]->(n:Organization) RETURN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} ORDER BY r.order },
  article: CASE WHEN a IS NULL THEN null ELSE {labels: ['Article'], properties: a {.id, .title, .deck, .subtitle, .url, publishedAt: toString(a.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash}} END,
  author: COLLECT { MATCH (a)-[:WRITTEN_BY]->(n:Person) RETURN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} },
  publisher: COLLECT { MATCH (a)-[:PUBLISHED_BY]->(n:Organization) RETURN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} }
} AS parts
;

// entity page: claims, mentionedIn, relations
// params: $id, $offset0, $limit0, $offset1, $limit1
MATCH (e:Entity {id: $id})
CALL () { MATCH (x:Claim) RETURN count(x) AS claimCount }
WITH e, claimCount, COUNT { (e)<-[:CLAIMED_BY]-() } AS total0, COUNT { (e)<-[:MENTIONS]-(:Claim) } AS total1
CALL (e, claimCount, total0) {
  WITH e, claimCount, total0 AS total
  CALL (e, total, claimCount) {
    WITH e, total, claimCount WHERE 5 * total * total <= 12 * ($offset0 + $limit0) * claimCount
    MATCH (e)<-[:CLAIMED_BY]-(c:Claim)
    WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
    SKIP $offset0 LIMIT $limit0
    RETURN c
    UNION ALL
    WITH e, total, claimCount WHERE NOT (5 * total * total <= 12 * ($offset0 + $limit0) * claimCount)
    CALL (e) {
      MATCH (c:Claim)
      WHERE c.createdAt IS NOT NULL
        AND EXISTS { (c)-[:CLAIMED_BY]->(e) }
      WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
      SKIP $offset0 LIMIT $limit0
      RETURN c
    }
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect({labels: ['Claim'], properties: c {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}}) AS page0
}
CALL (e, claimCount, total1) {
  WITH e, claimCount, total1 AS total
  CALL (e, total, claimCount) {
    WITH e, total, claimCount WHERE 5 * total * total <= 12 * ($offset1 + $limit1) * claimCount
    MATCH (e)<-[:MENTIONS]-(c:Claim)
    WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
    SKIP $offset1 LIMIT $limit1
    RETURN c
    UNION ALL
    WITH e, total, claimCount WHERE NOT (5 * total * total <= 12 * ($offset1 + $limit1) * claimCount)
    CALL (e) {
      MATCH (c:Claim)
      WHERE c.createdAt IS NOT NULL
        AND EXISTS { (c)-[:MENTIONS]->(e) }
      WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
      SKIP $offset1 LIMIT $limit1
      RETURN c
    }
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect({labels: ['Claim'], properties: c {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}}) AS page1
}
RETURN {labels: labels(e), properties: e {.id, .name, .aliases, .description, .kind}} AS n,
  [{total: total0, page: page0}, {total: total1, page: page1}] AS pages,
  COLLECT {
    MATCH (e)-[r:HEAD_OF|PART_OF|MEMBER_OF|CAPITAL_OF|LOCATED_IN|AFFILIATED_WITH]-(n:Entity)
    RETURN {type: type(r), outgoing: startNode(r) = e, evidence: r.evidence, n: {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}}} AS relation
    ORDER BY relation.type, n.name
  } AS relations
;

// CLAIM_PAGES.entityClaims
// params: $ids, $offset, $limit
CALL () { MATCH (x:Claim) RETURN count(x) AS claimCount }
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH id, e, claimCount, COUNT { (e)<-[:CLAIMED_BY]-() } AS total
CALL (e, total, claimCount) {
  CALL (e, total, claimCount) {
    WITH e, total, claimCount WHERE 5 * total * total <= 12 * ($offset + $limit) * claimCount
    MATCH (e)<-[:CLAIMED_BY]-(c:Claim)
    WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
    SKIP $offset LIMIT $limit
    RETURN c
    UNION ALL
    WITH e, total, claimCount WHERE NOT (5 * total * total <= 12 * ($offset + $limit) * claimCount)
    CALL (e) {
      MATCH (c:Claim)
      WHERE c.createdAt IS NOT NULL
        AND EXISTS { (c)-[:CLAIMED_BY]->(e) }
      WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
      SKIP $offset LIMIT $limit
      RETURN c
    }
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect({labels: ['Claim'], properties: c {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}}) AS page
}
RETURN id, total, page
;

// CLAIM_PAGES.entityMentionedIn
// params: $ids, $offset, $limit
CALL () { MATCH (x:Claim) RETURN count(x) AS claimCount }
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH id, e, claimCount, COUNT { (e)<-[:MENTIONS]-(:Claim) } AS total
CALL (e, total, claimCount) {
  CALL (e, total, claimCount) {
    WITH e, total, claimCount WHERE 5 * total * total <= 12 * ($offset + $limit) * claimCount
    MATCH (e)<-[:MENTIONS]-(c:Claim)
    WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
    SKIP $offset LIMIT $limit
    RETURN c
    UNION ALL
    WITH e, total, claimCount WHERE NOT (5 * total * total <= 12 * ($offset + $limit) * claimCount)
    CALL (e) {
      MATCH (c:Claim)
      WHERE c.createdAt IS NOT NULL
        AND EXISTS { (c)-[:MENTIONS]->(e) }
      WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
      SKIP $offset LIMIT $limit
      RETURN c
    }
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect({labels: ['Claim'], properties: c {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}}) AS page
}
RETURN id, total, page
;

// CLAIM_PAGES.articleClaims
// params: $ids, $offset, $limit
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)<-[:APPEARS_IN]-(c:Claim)
  WITH c ORDER BY c.seq, c.id
  SKIP $offset LIMIT $limit
  RETURN collect({labels: ['Claim'], properties: c {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}}) AS page
}
RETURN id, COUNT { (a)<-[:APPEARS_IN]-() } AS total, page
;

// CLAIM_PAGES.entityClaimsWithMembers
// params: $ids, $offset, $limit
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (m:Entity)-[:MEMBER_OF|PART_OF|HEAD_OF*0..3]->(e)
  WITH DISTINCT m
  MATCH (m)<-[:CLAIMED_BY]-(c:Claim)
  RETURN DISTINCT c
}
WITH id, collect(c) AS claims
CALL (claims) {
  UNWIND claims AS c
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  RETURN collect({labels: ['Claim'], properties: c {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}}) AS page
}
RETURN id, size(claims) AS total, page
;
