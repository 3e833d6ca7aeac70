/**
 * "The shop is, as the Guardian puts it, "a lifeline" in Polwyn": the parser may hang the words after an
 * interrupting "as X puts it" clause under that clause's closing comma, so the clause it reports loses them.
 * They are that clause's words all the same.
 */
import type { DependencyTree } from '../tree.ts';
import { markedBy } from './frame-proposal.ts';

/** The words hung under the closing comma of "as" clause `v`, after it. */
export function interruptingAsTail(tree: DependencyTree, v: number): number[] {
  if (tree.relation(v) !== 'advcl' || !markedBy(tree, v, 'as')) return [];
  const comma = tree.children(v, 'punct').find((p) => p > v && tree.token(p).word === ',');
  return comma === undefined ? [] : tree.subtree(comma).filter((t) => t > comma);
}
