import { articleProjection } from './projections.ts';

export const ARTICLES_COUNT = `MATCH (a:Article) RETURN count(a) AS total`;

export const ARTICLES_PAGE = `
  MATCH (a:Article)
  WHERE a.publishedAt IS NOT NULL
  WITH a ORDER BY a.publishedAt DESC, a.id
  SKIP $offset LIMIT $limit
  RETURN ${articleProjection('a')} AS a`;
