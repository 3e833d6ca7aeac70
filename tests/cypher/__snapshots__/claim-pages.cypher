// CLAIM_PAGES.entityClaims
// params: $ids, $offset, $limit
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH id, e, COUNT { (e)<-[:CLAIMED_BY]-() } AS total
CALL (e) {
  CALL (e) {
    MATCH (c:Claim)-[r:CLAIMED_BY]->()
    USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
    WHERE r.anchor = e.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
    WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN id, total, page, keys
;

// CLAIM_PAGES.entityMentionedIn
// params: $ids, $offset, $limit
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH id, e, COUNT { (e)<-[:MENTIONS]-(:Claim) } AS total
CALL (e) {
  CALL (e) {
    MATCH (c:Claim)-[r:MENTIONS]->()
    USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
    WHERE r.anchor = e.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
    WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN id, total, page, keys
;

// CLAIM_PAGES.articleClaims
// params: $ids, $offset, $limit
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)<-[:APPEARS_IN]-(c:Claim)
  WITH c ORDER BY c.seq, c.id
  SKIP $offset LIMIT $limit
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
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
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN id, size(claims) AS total, page
;

// KEYED_CLAIM_PAGES.entityClaims
// params: $ids, $afterCreatedAt, $afterSeq, $afterClaim, $limit
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH id, e, COUNT { (e)<-[:CLAIMED_BY]-() } AS total
CALL (e) {
  CALL (e) {
    CALL (e) {
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = e.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq = $afterSeq
        AND r.claim > $afterClaim
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = e.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq > $afterSeq
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = e.id
        AND r.createdAt > datetime($afterCreatedAt)
        AND r.seq IS NOT NULL
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
    }
    WITH c, r ORDER BY r.createdAt ASC, r.seq ASC, r.claim ASC
    LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN id, total, page, keys
;

// KEYED_CLAIM_PAGES.entityMentionedIn
// params: $ids, $afterCreatedAt, $afterSeq, $afterClaim, $limit
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH id, e, COUNT { (e)<-[:MENTIONS]-(:Claim) } AS total
CALL (e) {
  CALL (e) {
    CALL (e) {
      MATCH (c:Claim)-[r:MENTIONS]->()
      USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
      WHERE r.anchor = e.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq = $afterSeq
        AND r.claim > $afterClaim
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:MENTIONS]->()
      USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
      WHERE r.anchor = e.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq > $afterSeq
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:MENTIONS]->()
      USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
      WHERE r.anchor = e.id
        AND r.createdAt > datetime($afterCreatedAt)
        AND r.seq IS NOT NULL
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
    }
    WITH c, r ORDER BY r.createdAt ASC, r.seq ASC, r.claim ASC
    LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN id, total, page, keys
;
