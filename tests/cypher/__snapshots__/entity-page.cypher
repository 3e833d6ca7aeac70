// ENTITY_RELATIONS
// params: $ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r:HEAD_OF|PART_OF|MEMBER_OF|CAPITAL_OF|LOCATED_IN|AFFILIATED_WITH]-(n:Entity)
RETURN id, type(r) AS type, startNode(r) = e AS outgoing, r.evidence AS evidence, n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n
ORDER BY type, n.name
;

// entity page: claims, mentionedIn, relations
// params: $id, $offset0, $limit0, $offset1, $limit1
MATCH (e:Entity {id: $id})
WITH e, COUNT { (e)<-[:CLAIMED_BY]-() } AS total0, COUNT { (e)<-[:MENTIONS]-(:Claim) } AS total1
CALL (e) {
  CALL (e) {
    MATCH (c:Claim)-[r:CLAIMED_BY]->()
    USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
    WHERE r.anchor = e.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
    WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
    SKIP $offset0 LIMIT $limit0
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page0, collect([toString(c.createdAt), c.seq, c.id]) AS keys0
}
CALL (e) {
  CALL (e) {
    MATCH (c:Claim)-[r:MENTIONS]->()
    USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
    WHERE r.anchor = e.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
    WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
    SKIP $offset1 LIMIT $limit1
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page1, collect([toString(c.createdAt), c.seq, c.id]) AS keys1
}
RETURN e {.id, .name, .aliases, .description, .kind, labels: labels(e)} AS n,
  [{total: total0, page: page0, keys: keys0}, {total: total1, page: page1, keys: keys1}] AS pages,
  COLLECT {
    MATCH (e)-[r:HEAD_OF|PART_OF|MEMBER_OF|CAPITAL_OF|LOCATED_IN|AFFILIATED_WITH]-(n:Entity)
    RETURN {type: type(r), outgoing: startNode(r) = e, evidence: r.evidence, n: n {.id, .name, .aliases, .description, .kind, labels: labels(n)}} AS relation
    ORDER BY relation.type, n.name
  } AS relations
;

// entity page: claims and mentionedIn after a key
// params: $id, $afterCreatedAt0, $afterSeq0, $afterClaim0, $limit0, $afterCreatedAt1, $afterSeq1, $afterClaim1, $limit1
MATCH (e:Entity {id: $id})
WITH e, COUNT { (e)<-[:CLAIMED_BY]-() } AS total0, COUNT { (e)<-[:MENTIONS]-(:Claim) } AS total1
CALL (e) {
  CALL (e) {
    CALL (e) {
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = e.id
        AND r.createdAt = datetime($afterCreatedAt0)
        AND r.seq = $afterSeq0
        AND r.claim > $afterClaim0
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit0
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = e.id
        AND r.createdAt = datetime($afterCreatedAt0)
        AND r.seq > $afterSeq0
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit0
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = e.id
        AND r.createdAt > datetime($afterCreatedAt0)
        AND r.seq IS NOT NULL
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit0
      RETURN c, r
    }
    WITH c, r ORDER BY r.createdAt ASC, r.seq ASC, r.claim ASC
    LIMIT $limit0
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page0, collect([toString(c.createdAt), c.seq, c.id]) AS keys0
}
CALL (e) {
  CALL (e) {
    CALL (e) {
      MATCH (c:Claim)-[r:MENTIONS]->()
      USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
      WHERE r.anchor = e.id
        AND r.createdAt = datetime($afterCreatedAt1)
        AND r.seq = $afterSeq1
        AND r.claim > $afterClaim1
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit1
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:MENTIONS]->()
      USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
      WHERE r.anchor = e.id
        AND r.createdAt = datetime($afterCreatedAt1)
        AND r.seq > $afterSeq1
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit1
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:MENTIONS]->()
      USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
      WHERE r.anchor = e.id
        AND r.createdAt > datetime($afterCreatedAt1)
        AND r.seq IS NOT NULL
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit1
      RETURN c, r
    }
    WITH c, r ORDER BY r.createdAt ASC, r.seq ASC, r.claim ASC
    LIMIT $limit1
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page1, collect([toString(c.createdAt), c.seq, c.id]) AS keys1
}
RETURN e {.id, .name, .aliases, .description, .kind, labels: labels(e)} AS n,
  [{total: total0, page: page0, keys: keys0}, {total: total1, page: page1, keys: keys1}] AS pages,
  [] AS relations
;
