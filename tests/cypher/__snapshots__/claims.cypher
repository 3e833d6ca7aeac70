// claims unfiltered count
// params: (none)
MATCH (c:Claim)
RETURN count(c) AS total
;

// claims unfiltered page CREATED ASC
// params: $offset, $limit
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims unfiltered page CREATED DESC
// params: $offset, $limit
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims unfiltered page SAID_ON ASC
// params: $offset, $limit
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims unfiltered page SAID_ON DESC
// params: $offset, $limit
CALL () {
  MATCH (c:Claim)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims claimant count
// params: $claimant
MATCH (anchor:Entity {id: $claimant})
RETURN COUNT { (anchor)<-[:CLAIMED_BY]-() } AS total
;

// claims claimant page CREATED ASC
// params: $claimant, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:CLAIMED_BY]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:CLAIMED_BY]->()
    USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
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
RETURN total, page, keys
;

// claims claimant page CREATED DESC
// params: $claimant, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:CLAIMED_BY]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:CLAIMED_BY]->()
    USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
    WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims claimant page SAID_ON ASC
// params: $claimant, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:CLAIMED_BY]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:CLAIMED_BY]-(c:Claim)
    WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims claimant page SAID_ON DESC
// params: $claimant, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:CLAIMED_BY]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:CLAIMED_BY]-(c:Claim)
    WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims reportedVia count
// params: $reportedVia
MATCH (anchor:Entity {id: $reportedVia})
RETURN COUNT { (anchor)<-[:REPORTED_VIA]-() } AS total
;

// claims reportedVia page CREATED ASC
// params: $reportedVia, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $reportedVia})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:REPORTED_VIA]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:REPORTED_VIA]->()
    USING RANGE INDEX SEEK r:REPORTED_VIA(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
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
RETURN total, page, keys
;

// claims reportedVia page CREATED DESC
// params: $reportedVia, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $reportedVia})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:REPORTED_VIA]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:REPORTED_VIA]->()
    USING RANGE INDEX SEEK r:REPORTED_VIA(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
    WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims reportedVia page SAID_ON ASC
// params: $reportedVia, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $reportedVia})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:REPORTED_VIA]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:REPORTED_VIA]-(c:Claim)
    WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims reportedVia page SAID_ON DESC
// params: $reportedVia, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $reportedVia})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:REPORTED_VIA]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:REPORTED_VIA]-(c:Claim)
    WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims mentions count
// params: $mentions
MATCH (anchor:Entity {id: $mentions})
RETURN COUNT { (anchor)<-[:MENTIONS]-(:Claim) } AS total
;

// claims mentions page CREATED ASC
// params: $mentions, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $mentions})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:MENTIONS]-(:Claim) } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:MENTIONS]->()
    USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
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
RETURN total, page, keys
;

// claims mentions page CREATED DESC
// params: $mentions, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $mentions})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:MENTIONS]-(:Claim) } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:MENTIONS]->()
    USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
    WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims mentions page SAID_ON ASC
// params: $mentions, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $mentions})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:MENTIONS]-(:Claim) } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:MENTIONS]-(c:Claim)
    WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims mentions page SAID_ON DESC
// params: $mentions, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $mentions})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:MENTIONS]-(:Claim) } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:MENTIONS]-(c:Claim)
    WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims article count
// params: $article
MATCH (anchor:Article {id: $article})
RETURN COUNT { (anchor)<-[:APPEARS_IN]-() } AS total
;

// claims article page CREATED ASC
// params: $article, $offset, $limit
OPTIONAL MATCH (anchor:Article {id: $article})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:APPEARS_IN]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:APPEARS_IN]-(c:Claim)
    WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims article page CREATED DESC
// params: $article, $offset, $limit
OPTIONAL MATCH (anchor:Article {id: $article})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:APPEARS_IN]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:APPEARS_IN]-(c:Claim)
    WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims article page SAID_ON ASC
// params: $article, $offset, $limit
OPTIONAL MATCH (anchor:Article {id: $article})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:APPEARS_IN]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:APPEARS_IN]-(c:Claim)
    WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims article page SAID_ON DESC
// params: $article, $offset, $limit
OPTIONAL MATCH (anchor:Article {id: $article})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:APPEARS_IN]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:APPEARS_IN]-(c:Claim)
    WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims kind count
// params: $kind
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.kind = $kind
RETURN count(c) AS total
;

// claims kind page CREATED ASC
// params: $kind, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.kind = $kind
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.kind = $kind
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims kind page CREATED DESC
// params: $kind, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.kind = $kind
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.kind = $kind
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims kind page SAID_ON ASC
// params: $kind, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.kind = $kind
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.kind = $kind
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims kind page SAID_ON DESC
// params: $kind, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.kind = $kind
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.kind = $kind
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims modality count
// params: $modality
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.modality = $modality
RETURN count(c) AS total
;

// claims modality page CREATED ASC
// params: $modality, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.modality = $modality
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.modality = $modality
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims modality page CREATED DESC
// params: $modality, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.modality = $modality
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.modality = $modality
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims modality page SAID_ON ASC
// params: $modality, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.modality = $modality
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.modality = $modality
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims modality page SAID_ON DESC
// params: $modality, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.modality = $modality
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.modality = $modality
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims saidRange count
// params: $saidFrom, $saidTo
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND c.saidOn >= date($saidFrom)
  AND c.saidOn <= date($saidTo)
RETURN count(c) AS total
;

// claims saidRange page CREATED ASC
// params: $saidFrom, $saidTo, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.saidOn >= date($saidFrom)
    AND c.saidOn <= date($saidTo)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.saidOn >= date($saidFrom)
    AND c.saidOn <= date($saidTo)
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims saidRange page CREATED DESC
// params: $saidFrom, $saidTo, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.saidOn >= date($saidFrom)
    AND c.saidOn <= date($saidTo)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.saidOn >= date($saidFrom)
    AND c.saidOn <= date($saidTo)
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims saidRange page SAID_ON ASC
// params: $saidFrom, $saidTo, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.saidOn >= date($saidFrom)
    AND c.saidOn <= date($saidTo)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.saidOn >= date($saidFrom)
    AND c.saidOn <= date($saidTo)
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims saidRange page SAID_ON DESC
// params: $saidFrom, $saidTo, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.saidOn >= date($saidFrom)
    AND c.saidOn <= date($saidTo)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND c.saidOn >= date($saidFrom)
    AND c.saidOn <= date($saidTo)
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims text count
// params: $text
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
RETURN count(c) AS total
;

// claims text page CREATED ASC
// params: $text, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims text page CREATED DESC
// params: $text, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims text page SAID_ON ASC
// params: $text, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims text page SAID_ON DESC
// params: $text, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims origin count
// params: $curated, $origin
MATCH (c:Claim)
WHERE c.createdAt IS NOT NULL
  AND coalesce(c.origin, $curated) = $origin
RETURN count(c) AS total
;

// claims origin page CREATED ASC
// params: $curated, $origin, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND coalesce(c.origin, $curated) = $origin
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND coalesce(c.origin, $curated) = $origin
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims origin page CREATED DESC
// params: $curated, $origin, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND coalesce(c.origin, $curated) = $origin
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND coalesce(c.origin, $curated) = $origin
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims origin page SAID_ON ASC
// params: $curated, $origin, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND coalesce(c.origin, $curated) = $origin
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND coalesce(c.origin, $curated) = $origin
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims origin page SAID_ON DESC
// params: $curated, $origin, $offset, $limit
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND coalesce(c.origin, $curated) = $origin
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE c.createdAt IS NOT NULL
    AND coalesce(c.origin, $curated) = $origin
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  SKIP $offset LIMIT $limit
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims claimant+reportedVia+kind count
// params: $claimant, $reportedVia, $kind
MATCH (anchor:Entity {id: $claimant})
RETURN COUNT { MATCH (anchor)<-[:CLAIMED_BY]-(c:Claim)
  WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
    AND c.kind = $kind } AS total
;

// claims claimant+reportedVia+kind page CREATED ASC
// params: $claimant, $reportedVia, $kind, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { MATCH (anchor)<-[:CLAIMED_BY]-(c:Claim)
  WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
    AND c.kind = $kind } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:CLAIMED_BY]->()
    USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
      AND EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
      AND c.kind = $kind
    WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims claimant+reportedVia+kind page CREATED DESC
// params: $claimant, $reportedVia, $kind, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { MATCH (anchor)<-[:CLAIMED_BY]-(c:Claim)
  WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
    AND c.kind = $kind } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:CLAIMED_BY]->()
    USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
      AND EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
      AND c.kind = $kind
    WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims claimant+reportedVia+kind page SAID_ON ASC
// params: $claimant, $reportedVia, $kind, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { MATCH (anchor)<-[:CLAIMED_BY]-(c:Claim)
  WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
    AND c.kind = $kind } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:CLAIMED_BY]-(c:Claim)
    WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
      AND c.kind = $kind
    WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims claimant+reportedVia+kind page SAID_ON DESC
// params: $claimant, $reportedVia, $kind, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { MATCH (anchor)<-[:CLAIMED_BY]-(c:Claim)
  WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
    AND c.kind = $kind } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:CLAIMED_BY]-(c:Claim)
    WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
      AND c.kind = $kind
    WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims mentions+article+saidFrom+text count
// params: $mentions, $article, $saidFrom, $text
MATCH (anchor:Entity {id: $mentions})
RETURN COUNT { MATCH (anchor)<-[:MENTIONS]-(c:Claim)
  WHERE EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
    AND c.saidOn >= date($saidFrom)
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text))) } AS total
;

// claims mentions+article+saidFrom+text page CREATED ASC
// params: $mentions, $article, $saidFrom, $text, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $mentions})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { MATCH (anchor)<-[:MENTIONS]-(c:Claim)
  WHERE EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
    AND c.saidOn >= date($saidFrom)
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text))) } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:MENTIONS]->()
    USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
      AND EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
      AND c.saidOn >= date($saidFrom)
      AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
    WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims mentions+article+saidFrom+text page CREATED DESC
// params: $mentions, $article, $saidFrom, $text, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $mentions})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { MATCH (anchor)<-[:MENTIONS]-(c:Claim)
  WHERE EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
    AND c.saidOn >= date($saidFrom)
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text))) } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:MENTIONS]->()
    USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
      AND EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
      AND c.saidOn >= date($saidFrom)
      AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
    WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims mentions+article+saidFrom+text page SAID_ON ASC
// params: $mentions, $article, $saidFrom, $text, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $mentions})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { MATCH (anchor)<-[:MENTIONS]-(c:Claim)
  WHERE EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
    AND c.saidOn >= date($saidFrom)
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text))) } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:MENTIONS]-(c:Claim)
    WHERE EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
      AND c.saidOn >= date($saidFrom)
      AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
    WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn ASC, c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims mentions+article+saidFrom+text page SAID_ON DESC
// params: $mentions, $article, $saidFrom, $text, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $mentions})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { MATCH (anchor)<-[:MENTIONS]-(c:Claim)
  WHERE EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
    AND c.saidOn >= date($saidFrom)
    AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text))) } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (anchor)<-[:MENTIONS]-(c:Claim)
    WHERE EXISTS { (c)-[:APPEARS_IN]->(:Article {id: $article}) }
      AND c.saidOn >= date($saidFrom)
      AND (toLower(c.text) CONTAINS toLower($text) OR (c.quote IS NOT NULL AND toLower(c.quote) CONTAINS toLower($text)))
    WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.saidOn IS NULL, c.saidOn DESC, c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page
}
RETURN total, page
;

// claims claimant page after a key ASC
// params: $claimant, $afterCreatedAt, $afterSeq, $afterClaim, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:CLAIMED_BY]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    CALL (anchor) {
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq = $afterSeq
        AND r.claim > $afterClaim
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq > $afterSeq
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
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
RETURN total, page, keys
;

// claims claimant page after a key DESC
// params: $claimant, $afterCreatedAt, $afterSeq, $afterClaim, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:CLAIMED_BY]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    CALL (anchor) {
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq = $afterSeq
        AND r.claim < $afterClaim
      WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq < $afterSeq
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt < datetime($afterCreatedAt)
        AND r.seq IS NOT NULL
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
      LIMIT $limit
      RETURN c, r
    }
    WITH c, r ORDER BY r.createdAt DESC, r.seq DESC, r.claim DESC
    LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims reportedVia page after a key ASC
// params: $reportedVia, $afterCreatedAt, $afterSeq, $afterClaim, $limit
OPTIONAL MATCH (anchor:Entity {id: $reportedVia})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:REPORTED_VIA]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    CALL (anchor) {
      MATCH (c:Claim)-[r:REPORTED_VIA]->()
      USING RANGE INDEX SEEK r:REPORTED_VIA(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq = $afterSeq
        AND r.claim > $afterClaim
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:REPORTED_VIA]->()
      USING RANGE INDEX SEEK r:REPORTED_VIA(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq > $afterSeq
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:REPORTED_VIA]->()
      USING RANGE INDEX SEEK r:REPORTED_VIA(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
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
RETURN total, page, keys
;

// claims reportedVia page after a key DESC
// params: $reportedVia, $afterCreatedAt, $afterSeq, $afterClaim, $limit
OPTIONAL MATCH (anchor:Entity {id: $reportedVia})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:REPORTED_VIA]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    CALL (anchor) {
      MATCH (c:Claim)-[r:REPORTED_VIA]->()
      USING RANGE INDEX SEEK r:REPORTED_VIA(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq = $afterSeq
        AND r.claim < $afterClaim
      WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:REPORTED_VIA]->()
      USING RANGE INDEX SEEK r:REPORTED_VIA(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq < $afterSeq
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:REPORTED_VIA]->()
      USING RANGE INDEX SEEK r:REPORTED_VIA(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt < datetime($afterCreatedAt)
        AND r.seq IS NOT NULL
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
      LIMIT $limit
      RETURN c, r
    }
    WITH c, r ORDER BY r.createdAt DESC, r.seq DESC, r.claim DESC
    LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims mentions page after a key ASC
// params: $mentions, $afterCreatedAt, $afterSeq, $afterClaim, $limit
OPTIONAL MATCH (anchor:Entity {id: $mentions})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:MENTIONS]-(:Claim) } END AS total
CALL (anchor) {
  CALL (anchor) {
    CALL (anchor) {
      MATCH (c:Claim)-[r:MENTIONS]->()
      USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq = $afterSeq
        AND r.claim > $afterClaim
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:MENTIONS]->()
      USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq > $afterSeq
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:MENTIONS]->()
      USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
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
RETURN total, page, keys
;

// claims mentions page after a key DESC
// params: $mentions, $afterCreatedAt, $afterSeq, $afterClaim, $limit
OPTIONAL MATCH (anchor:Entity {id: $mentions})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:MENTIONS]-(:Claim) } END AS total
CALL (anchor) {
  CALL (anchor) {
    CALL (anchor) {
      MATCH (c:Claim)-[r:MENTIONS]->()
      USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq = $afterSeq
        AND r.claim < $afterClaim
      WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:MENTIONS]->()
      USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq < $afterSeq
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:MENTIONS]->()
      USING RANGE INDEX SEEK r:MENTIONS(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt < datetime($afterCreatedAt)
        AND r.seq IS NOT NULL
        AND r.claim IS NOT NULL
      WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
      LIMIT $limit
      RETURN c, r
    }
    WITH c, r ORDER BY r.createdAt DESC, r.seq DESC, r.claim DESC
    LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims claimant+reportedVia+kind page after a key ASC
// params: $claimant, $reportedVia, $kind, $afterCreatedAt, $afterSeq, $afterClaim, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { MATCH (anchor)<-[:CLAIMED_BY]-(c:Claim)
  WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
    AND c.kind = $kind } END AS total
CALL (anchor) {
  CALL (anchor) {
    CALL (anchor) {
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq = $afterSeq
        AND r.claim > $afterClaim
        AND EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
        AND c.kind = $kind
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq > $afterSeq
        AND r.claim IS NOT NULL
        AND EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
        AND c.kind = $kind
      WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt > datetime($afterCreatedAt)
        AND r.seq IS NOT NULL
        AND r.claim IS NOT NULL
        AND EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
        AND c.kind = $kind
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
RETURN total, page, keys
;

// claims claimant+reportedVia+kind page after a key DESC
// params: $claimant, $reportedVia, $kind, $afterCreatedAt, $afterSeq, $afterClaim, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { MATCH (anchor)<-[:CLAIMED_BY]-(c:Claim)
  WHERE EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
    AND c.kind = $kind } END AS total
CALL (anchor) {
  CALL (anchor) {
    CALL (anchor) {
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq = $afterSeq
        AND r.claim < $afterClaim
        AND EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
        AND c.kind = $kind
      WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt = datetime($afterCreatedAt)
        AND r.seq < $afterSeq
        AND r.claim IS NOT NULL
        AND EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
        AND c.kind = $kind
      WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
      LIMIT $limit
      RETURN c, r
      UNION ALL
      MATCH (c:Claim)-[r:CLAIMED_BY]->()
      USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
      WHERE r.anchor = anchor.id
        AND r.createdAt < datetime($afterCreatedAt)
        AND r.seq IS NOT NULL
        AND r.claim IS NOT NULL
        AND EXISTS { (c)-[:REPORTED_VIA]->(:Entity {id: $reportedVia}) }
        AND c.kind = $kind
      WITH c, r ORDER BY r.anchor DESC, r.createdAt DESC, r.seq DESC, r.claim DESC
      LIMIT $limit
      RETURN c, r
    }
    WITH c, r ORDER BY r.createdAt DESC, r.seq DESC, r.claim DESC
    LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt DESC, c.seq DESC, c.id DESC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence}) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims claimant page with claimants
// params: $claimant, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:CLAIMED_BY]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:CLAIMED_BY]->()
    USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
    WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence,
    claimants: COLLECT { MATCH (c)-[r:CLAIMED_BY]->(n:Entity) RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} ORDER BY r.order }}
  ) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims claimant page with provenance
// params: $claimant, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:CLAIMED_BY]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:CLAIMED_BY]->()
    USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
    WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  OPTIONAL MATCH (c)-[:APPEARS_IN]->(a:Article)
  WITH c, a ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(c.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(c.createdAt), .origin, .extractorName, .extractorVersion, .confidence,
    claimants: COLLECT { MATCH (c)-[r:CLAIMED_BY]->(n:Entity) RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} ORDER BY r.order },
    channel: COLLECT { MATCH (c)-[:VIA_CHANNEL]->(n:Channel) RETURN n {.id, .name, .medium} },
    via: COLLECT { MATCH (c)-[r:REPORTED_VIA]->(n:Organization) RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} ORDER BY r.order },
    article: CASE WHEN a IS NULL THEN null ELSE a {.id, .title, .deck, .subtitle, .url, publishedAt: toString(a.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash} END,
    author: COLLECT { MATCH (a)-[:WRITTEN_BY]->(n:Person) RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} },
    publisher: COLLECT { MATCH (a)-[:PUBLISHED_BY]->(n:Organization) RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} }}
  ) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;

// claims claimant page with provenance, narrow projection
// params: $claimant, $offset, $limit
OPTIONAL MATCH (anchor:Entity {id: $claimant})
WITH anchor, CASE WHEN anchor IS NULL THEN 0 ELSE COUNT { (anchor)<-[:CLAIMED_BY]-() } END AS total
CALL (anchor) {
  CALL (anchor) {
    MATCH (c:Claim)-[r:CLAIMED_BY]->()
    USING RANGE INDEX SEEK r:CLAIMED_BY(anchor, createdAt, seq, claim)
    WHERE r.anchor = anchor.id
      AND r.createdAt IS NOT NULL
      AND r.seq IS NOT NULL
      AND r.claim IS NOT NULL
    WITH c, r ORDER BY r.anchor ASC, r.createdAt ASC, r.seq ASC, r.claim ASC
    SKIP $offset LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  OPTIONAL MATCH (c)-[:APPEARS_IN]->(a:Article)
  WITH c, a ORDER BY c.createdAt ASC, c.seq ASC, c.id ASC
  RETURN collect(c {.id, .text, saidOn: toString(c.saidOn), .saidOnPrecision, .saidOnText,
    claimants: COLLECT { MATCH (c)-[r:CLAIMED_BY]->(n:Entity) RETURN n {.id, .name, labels: labels(n)} ORDER BY r.order },
    channel: COLLECT { MATCH (c)-[:VIA_CHANNEL]->(n:Channel) RETURN n {.id, .name} },
    via: COLLECT { MATCH (c)-[r:REPORTED_VIA]->(n:Organization) RETURN n {.id, .name, labels: labels(n)} ORDER BY r.order },
    article: CASE WHEN a IS NULL THEN null ELSE a {.id, .title} END,
    author: COLLECT { MATCH (a)-[:WRITTEN_BY]->(n:Person) RETURN n {.id, .name, labels: labels(n)} },
    publisher: COLLECT { MATCH (a)-[:PUBLISHED_BY]->(n:Organization) RETURN n {.id, .name, labels: labels(n)} }}
  ) AS page, collect([toString(c.createdAt), c.seq, c.id]) AS keys
}
RETURN total, page, keys
;
