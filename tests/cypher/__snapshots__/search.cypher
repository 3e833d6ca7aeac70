// SEARCH
// params: $query, $limit
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit})
YIELD node, score
RETURN score,
  CASE WHEN node:Entity THEN node {.id, .name, .aliases, .description, .kind, labels: labels(node)} WHEN node:Claim THEN node {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(node.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(node.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(node.createdAt), .origin, .extractorName, .extractorVersion, .confidence, labels: ['Claim']} WHEN node:Article THEN node {.id, .title, .deck, .subtitle, .url, publishedAt: toString(node.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash, labels: ['Article']} WHEN node:Channel THEN node {.id, .name, .medium, labels: ['Channel']} END AS hit
ORDER BY score DESC, node.id
LIMIT $limit
;

// SEARCH, narrow projection
// params: $query, $limit
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit})
YIELD node, score
RETURN score,
  CASE WHEN node:Entity THEN node {.id, .name, labels: labels(node)} WHEN node:Claim THEN node {.id, .text, saidOn: toString(node.saidOn), .saidOnPrecision, .saidOnText, labels: ['Claim']} WHEN node:Article THEN node {.id, .title, labels: ['Article']} WHEN node:Channel THEN node {.id, .name, labels: ['Channel']} END AS hit
ORDER BY score DESC, node.id
LIMIT $limit
;
