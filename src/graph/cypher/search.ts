/**
 * search(query:) over the `search` full-text index. The user's words are turned into a plain
 * Lucene query by `toLuceneTerms` (src/graph/lucene.ts), so no operator in the input has effect.
 */
export const SEARCH = `
  CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit})
  YIELD node, score
  RETURN node, score
  ORDER BY score DESC, node.id
  LIMIT $limit`;
