// SEARCH
// params: $query, $limit
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit})
YIELD node, score
RETURN score,
  CASE WHEN node:Entity THEN {labels: labels(node), properties: node {.id, .name, .aliases, .description, .kind}} WHEN node:Claim THEN {labels: ['Claim'], properties: node {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(node.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(node.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(node.createdAt), .origin, .extractorName, .extractorVersion, .confidence}} WHEN node:Article THEN {labels: ['Article'], properties: node {.id, .title, .deck, .subtitle, .url, publishedAt: toString(node.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash}} WHEN node:Channel THEN {labels: ['Channel'], properties: node {.id, .name, .medium}} END AS hit
ORDER BY score DESC, node.id
LIMIT $limit
;

// SEARCH, narrow projection
// params: $query, $limit
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit})
YIELD node, score
RETURN score,
  CASE WHEN node:Entity THEN {labels: labels(node), properties: node {.id, .name}} WHEN node:Claim THEN {labels: ['Claim'], properties: node {.id, .text, saidOn: toString(node.saidOn), .saidOnPrecision, .saidOnText}} WHEN node:Article THEN {labels: ['Article'], properties: node {.id, .title}} WHEN node:Channel THEN {labels: ['Channel'], properties: node {.id, .name}} END AS hit
ORDER BY score DESC, node.id
LIMIT $limit
;
