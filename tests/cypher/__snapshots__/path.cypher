// path Entity → Entity maxHops 4
// params: $from, $to
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..4]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim OR n:Article OR n:Channel)
  AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS' AND startNode(r):Article)
RETURN [n IN nodes(p) | CASE WHEN n:Entity THEN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} WHEN n:Claim THEN n {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence, labels: ['Claim']} WHEN n:Article THEN n {.id, .title, .deck, .subtitle, .url, publishedAt: toString(n.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash, labels: ['Article']} WHEN n:Channel THEN n {.id, .name, .medium, labels: ['Channel']} END] AS nodes, [r IN relationships(p) | {type: type(r), start: startNode(r).id}] AS rels
;

// path Claim → Entity maxHops 6
// params: $from, $to
MATCH (a:Claim {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim OR n:Article OR n:Channel)
  AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS' AND startNode(r):Article)
RETURN [n IN nodes(p) | CASE WHEN n:Entity THEN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} WHEN n:Claim THEN n {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence, labels: ['Claim']} WHEN n:Article THEN n {.id, .title, .deck, .subtitle, .url, publishedAt: toString(n.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash, labels: ['Article']} WHEN n:Channel THEN n {.id, .name, .medium, labels: ['Channel']} END] AS nodes, [r IN relationships(p) | {type: type(r), start: startNode(r).id}] AS rels
;

// path Article → Channel maxHops 1
// params: $from, $to
MATCH (a:Article {id: $from})
MATCH (b:Channel {id: $to})
MATCH p = shortestPath((a)-[*..1]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim OR n:Article OR n:Channel)
  AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS' AND startNode(r):Article)
RETURN [n IN nodes(p) | CASE WHEN n:Entity THEN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} WHEN n:Claim THEN n {.id, .text, .quote, .kind, .modality, .verb, .claimantMentions, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence, labels: ['Claim']} WHEN n:Article THEN n {.id, .title, .deck, .subtitle, .url, publishedAt: toString(n.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash, labels: ['Article']} WHEN n:Channel THEN n {.id, .name, .medium, labels: ['Channel']} END] AS nodes, [r IN relationships(p) | {type: type(r), start: startNode(r).id}] AS rels
;
