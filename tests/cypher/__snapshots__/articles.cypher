// ARTICLES_COUNT
// params: (none)
MATCH (a:Article) RETURN count(a) AS total
;

// ARTICLES_PAGE
// params: $offset, $limit
MATCH (a:Article)
WHERE a.publishedAt IS NOT NULL
RETURN a ORDER BY a.publishedAt DESC, a.id
SKIP $offset LIMIT $limit
;
