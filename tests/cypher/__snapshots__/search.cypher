// SEARCH
// params: $query, $limit
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit})
YIELD node, score
RETURN score,
  CASE
    WHEN node:Entity THEN {labels: labels(node), properties: node {.id, .name, .aliases, .description, .kind}}
    WHEN node:Article THEN {labels: labels(node), properties: node {.id, .title, .deck, .subtitle, .url, .publishedAt, .publishedAtText, .caption, .captionCredit, .contentHash}}
    ELSE node
  END AS hit
ORDER BY score DESC, node.id
LIMIT $limit
;
