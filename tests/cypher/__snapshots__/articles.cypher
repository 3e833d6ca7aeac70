// ARTICLES_COUNT
// params: (none)
MATCH (a:Article) RETURN count(a) AS total
;

// ARTICLES_PAGE
// params: $offset, $limit
CALL () {
  MATCH (a:Article)
  WHERE a.publishedAt IS NOT NULL
  WITH a ORDER BY a.publishedAt DESC, a.id
  RETURN a
  UNION ALL
  MATCH (a:Undated)
  WITH a ORDER BY a.id
  RETURN a
}
WITH a SKIP $offset LIMIT $limit
RETURN a {.id, .title, .deck, .subtitle, .url, publishedAt: toString(a.publishedAt), .publishedAtText, .caption, .captionCredit, .contentHash} AS a
;
