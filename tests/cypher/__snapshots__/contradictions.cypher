// CONTRADICTIONS
// params: $limit
MATCH (a:Claim)
WHERE a.createdAt IS NOT NULL
WITH a ORDER BY a.createdAt DESC
MATCH (a)-[r:CONTRADICTS|DISPUTES]->(b)
WITH a, b, r
ORDER BY a.createdAt DESC, type(r), a.id, b.id
LIMIT $limit
WITH a, b, r, a.createdAt AS createdAt, a.id AS aId, b.id AS bId
RETURN a {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(a.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(a.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(a.createdAt), .origin, .extractorName, .extractorVersion, .confidence, claimants: COLLECT { MATCH (a)-[o:CLAIMED_BY]->(n:Entity) RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} ORDER BY o.order }} AS a, b {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(b.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(b.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(b.createdAt), .origin, .extractorName, .extractorVersion, .confidence, claimants: COLLECT { MATCH (b)-[o:CLAIMED_BY]->(n:Entity) RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} ORDER BY o.order }} AS b, type(r) AS type, r.reason AS reason
ORDER BY createdAt DESC, type, aId, bId
;

// CONTRADICTIONS, narrow projection
// params: $limit
MATCH (a:Claim)
WHERE a.createdAt IS NOT NULL
WITH a ORDER BY a.createdAt DESC
MATCH (a)-[r:CONTRADICTS|DISPUTES]->(b)
WITH a, b, r
ORDER BY a.createdAt DESC, type(r), a.id, b.id
LIMIT $limit
WITH a, b, r, a.createdAt AS createdAt, a.id AS aId, b.id AS bId
RETURN a {.id, .text, saidOn: toString(a.saidOn), .saidOnPrecision, .saidOnText, claimants: COLLECT { MATCH (a)-[o:CLAIMED_BY]->(n:Entity) RETURN n {.id, .name, labels: labels(n)} ORDER BY o.order }} AS a, b {.id, .text, saidOn: toString(b.saidOn), .saidOnPrecision, .saidOnText, claimants: COLLECT { MATCH (b)-[o:CLAIMED_BY]->(n:Entity) RETURN n {.id, .name, labels: labels(n)} ORDER BY o.order }} AS b, type(r) AS type, r.reason AS reason
ORDER BY createdAt DESC, type, aId, bId
;
