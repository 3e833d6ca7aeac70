/**
 * "Okafor said there were nine bids", "The board agreed there is room for one more": the parser
 * made the cue the clausal subject (csubj) of the reported clause's predicate, so the cue has no
 * complement of its own. Its content is the predicate's clause after the cue.
 */
import type { DependencyTree } from '../tree.ts';

export function reportedPredicateClause(tree: DependencyTree, cue: number): number[] | undefined {
  if (tree.relation(cue) !== 'csubj' || !/^VB[DZP]$/.test(tree.token(cue).pos)) return undefined;
  const predicate = tree.head(cue);
  if (predicate === 0 || predicate < cue) return undefined;
  return tree.subtree(predicate).filter((t) => t > cue);
}
