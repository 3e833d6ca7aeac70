export const ARTICLES_COUNT = `MATCH (a:Article) RETURN count(a) AS total`;

export const ARTICLES_PAGE = `
  MATCH (a:Article)
  WHERE a.publishedAt IS NOT NULL
  RETURN a ORDER BY a.publishedAt DESC, a.id
  SKIP $offset LIMIT $limit`;
