// ENTITY_RELATIONS
// params: $ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r:HEAD_OF|PART_OF|MEMBER_OF|CAPITAL_OF|LOCATED_IN|AFFILIATED_WITH]-(n:Entity)
RETURN id, type(r) AS type, startNode(r) = e AS outgoing, r.evidence AS evidence, {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} AS n
ORDER BY type, n.properties.name
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
