// CONTRADICTIONS
// params: $limit
MATCH (a:Claim)
WHERE a.createdAt IS NOT NULL
WITH a ORDER BY a.createdAt DESC
MATCH (a)-[r:CONTRADICTS|DISPUTES]->(b)
WITH a, b, r
ORDER BY a.createdAt DESC, type(r), a.id, b.id
LIMIT $limit
RETURN a, b, type(r) AS type, r.reason AS reason,
  COLLECT { MATCH (a)-[o:CLAIMED_BY]->(n:Entity) RETURN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} ORDER BY o.order } AS aClaimants,
  COLLECT { MATCH (b)-[o:CLAIMED_BY]->(n:Entity) RETURN {labels: labels(n), properties: n {.id, .name, .aliases, .description, .kind}} ORDER BY o.order } AS bClaimants
ORDER BY a.createdAt DESC, type, a.id, b.id
;
