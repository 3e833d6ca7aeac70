import { FULL_PROJECTION, nodeProjection, type Projection } from './projections.ts';

/**
 * search(query:) over the `search` full-text index. The user's words are turned into a plain
 * Lucene query by `toLuceneTerms` (src/graph/lucene.ts), so no operator in the input has effect.
 * Hits come as projections (projections.ts): an article hit does not carry
 * its kilobytes of text unless `text` is asked for.
 */
export const buildSearchQuery = (p: Projection = FULL_PROJECTION) => `
  CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit})
  YIELD node, score
  RETURN score,
    ${nodeProjection('node', p)} AS hit
  ORDER BY score DESC, node.id
  LIMIT $limit`;

export const SEARCH = buildSearchQuery();
