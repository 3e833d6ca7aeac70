/**
 * 'The mayor questioned why the county had waited', 'She explained why the clinic closed': the
 * parser hangs a clause opened by 'why' after the cue as an adverbial clause, not as the cue's
 * complement, though it is what the cue reports. Not 'where' or 'how', which also open clauses of
 * place and manner that report nothing.
 */
import { DependencyTree } from '../tree.ts';

/** The clause `c` opens with its own 'why' ('why the county had waited'). */
export function opensWithWhy(tree: DependencyTree, c: number): boolean {
  const first = tree.subtree(c)[0];
  return tree.relation(first) === 'advmod' && tree.head(first) === c && tree.token(first).lemma.toLowerCase() === 'why';
}
