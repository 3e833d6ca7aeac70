/**
 * A title-case headline's casing, read off its parsed sentence: the headline rules (headline-clause-runs.ts
 * here, and the headline stance verbs of attribution/frames/headline-verbs.ts) only read a line so written.
 */
import type { DependencyTree } from '../../attribution/tree.ts';

/** A headline's casing: at least three words of four letters or more, four in five of them capitalised. */
export function isTitleCase(tree: DependencyTree): boolean {
  const words = tree.sentence.tokens.filter((t) => /^[A-Za-z]/.test(t.word) && t.word.length > 3);
  return words.length >= 3 && words.filter((t) => /^[A-Z]/.test(t.word)).length >= 0.8 * words.length;
}
