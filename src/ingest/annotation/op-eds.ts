import type { DependencyTree } from '../attribution/tree.ts';

/** "an op-ed": the tokenizer splits the word, and the parse heads it with "ed", "op" its compound. */
export function isOpEd(tree: DependencyTree, i: number): boolean {
  return /^ed$/i.test(tree.token(i).word) && tree.children(i, 'compound').some((c) => /^op$/i.test(tree.token(c).word));
}
