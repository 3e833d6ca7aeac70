// path Entity → Entity maxHops 4
// params: $from, $to
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..4]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim OR n:Article OR n:Channel)
  AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS' AND startNode(r):Article)
RETURN [n IN nodes(p) | CASE WHEN n:Entity THEN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} WHEN n:Claim THEN {labels: ['Claim'], properties: n {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence}} WHEN n:Article THEN {labels: ['Article'], properties: n {.id, .title, .deck, .subtitle, .url, publishedAt: toString(n.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash}} WHEN n:Channel THEN {labels: ['Channel'], properties: n {.id, .name, .medium}} END] AS nodes, [r IN relationships(p) | {type: type(r), start: startNode(r).id}] AS rels
;

// path Claim → Entity maxHops 6
// params: $from, $to
MATCH (a:Claim {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim OR n:Article OR n:Channel)
  AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS' AND startNode(r):Article)
RETURN [n IN nodes(p) | CASE WHEN n:Entity THEN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} WHEN n:Claim THEN {labels: ['Claim'], properties: n {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence}} WHEN n:Article THEN {labels: ['Article'], properties: n {.id, .title, .deck, .subtitle, .url, publishedAt: toString(n.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash}} WHEN n:Channel THEN {labels: ['Channel'], properties: n {.id, .name, .medium}} END] AS nodes, [r IN relationships(p) | {type: type(r), start: startNode(r).id}] AS rels
;

// path Article → Channel maxHops 1
// params: $from, $to
MATCH (a:Article {id: $from})
MATCH (b:Channel {id: $to})
MATCH p = shortestPath((a)-[*..1]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim OR n:Article OR n:Channel)
  AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS' AND startNode(r):Article)
RETURN [n IN nodes(p) | CASE WHEN n:Entity THEN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} WHEN n:Claim THEN {labels: ['Claim'], properties: n {.id, .text, .quote, .kind, .modality, .verb, saidOn: toString(n.saidOn), .saidOnPrecision, .saidOnText, refersTo: toString(n.refersTo), .refersToPrecision, .refersToText, .evidenceStart, .evidenceEnd, .evidenceText, createdAt: toString(n.createdAt), .origin, .extractorName, .extractorVersion, .confidence}} WHEN n:Article THEN {labels: ['Article'], properties: n {.id, .title, .deck, .subtitle, .url, publishedAt: toString(n.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash}} WHEN n:Channel THEN {labels: ['Channel'], properties: n {.id, .name, .medium}} END] AS nodes, [r IN relationships(p) | {type: type(r), start: startNode(r).id}] AS rels
;
