import { articleProjection } from './projections.ts';

export const ARTICLES_COUNT = `MATCH (a:Article) RETURN count(a) AS total`;

/** Newest first from the article_published index, then the undated articles (publishedAt null, labelled :Undated by the loader) by id. */
export const ARTICLES_PAGE = `
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
  RETURN ${articleProjection('a')} AS a`;
