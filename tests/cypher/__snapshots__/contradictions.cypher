// CONTRADICTIONS
// params: $limit
MATCH (a)-[r:CONTRADICTS|DISPUTES]->(b)
RETURN a, b, type(r) AS type, r.reason AS reason
ORDER BY a.createdAt DESC, type, a.id, b.id
LIMIT $limit
;
