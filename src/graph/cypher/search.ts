import { articleProjection, entityProjection } from './projections.ts';

/**
 * search(query:) over the `search` full-text index. The user's words are turned into a plain
 * Lucene query by `toLuceneTerms` (src/graph/lucene.ts), so no operator in the input has effect.
 * Entities and articles come as slim projections (projections.ts): an article hit does not carry
 * its kilobytes of text unless `text` is asked for.
 */
export const SEARCH = `
  CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit})
  YIELD node, score
  RETURN score,
    CASE
      WHEN node:Entity THEN ${entityProjection('node')}
      WHEN node:Article THEN ${articleProjection('node')}
      ELSE node
    END AS hit
  ORDER BY score DESC, node.id
  LIMIT $limit`;
