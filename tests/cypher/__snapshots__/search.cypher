// SEARCH
// params: $query, $limit
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit})
YIELD node, score
RETURN node, score
ORDER BY score DESC, node.id
LIMIT $limit
;
