// path Entity → Entity maxHops 4
// params: $from, $to
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..4]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim OR n:Article OR n:Channel)
  AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS' AND startNode(r):Article)
RETURN nodes(p) AS nodes, [r IN relationships(p) | {type: type(r), start: startNode(r).id}] AS rels
;

// path Claim → Entity maxHops 6
// params: $from, $to
MATCH (a:Claim {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim OR n:Article OR n:Channel)
  AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS' AND startNode(r):Article)
RETURN nodes(p) AS nodes, [r IN relationships(p) | {type: type(r), start: startNode(r).id}] AS rels
;

// path Article → Channel maxHops 1
// params: $from, $to
MATCH (a:Article {id: $from})
MATCH (b:Channel {id: $to})
MATCH p = shortestPath((a)-[*..1]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim OR n:Article OR n:Channel)
  AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS' AND startNode(r):Article)
RETURN nodes(p) AS nodes, [r IN relationships(p) | {type: type(r), start: startNode(r).id}] AS rels
;
