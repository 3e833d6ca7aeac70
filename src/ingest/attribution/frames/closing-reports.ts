/**
 * "In one memo, Ruiz explained how the funds had been moved, the Tribune reported.": a speaker's clause that
 * closes the sentence after a comma reports all that stands before it. The parser often hangs it on the
 * last clause before the comma (reported <-parataxis- or <-dep- moved, inside "how S"), whose subtree is only part
 * of the sentence, and the reading then claimed the inner speaker's content.
 */
import { DependencyTree, isPunct } from '../tree.ts';

const CLOSING_MARK = /^(["”’]|'')$/;

/** The sentence's root, when cue `v` (hung on `head`) closes the sentence with its own subject after a comma and `head` is not the root. */
export function closingReportHost(tree: DependencyTree, v: number, head: number): number | undefined {
  const subject = tree.child(v, /^nsubj/);
  if (subject === undefined || subject > v) return undefined;
  // Not creditSubjectComma: the comma before the whole clause ("S, and X said"), its quote mark known by its word.
  const own = tree.subtree(v);
  let before = own[0] - 1;
  if (before > 1 && CLOSING_MARK.test(tree.token(before).word)) before--;
  if (before < 2 || tree.token(before).word !== ',') return undefined;
  for (let i = own.at(-1)! + 1; i <= tree.size; i++) if (!isPunct(tree.token(i))) return undefined;
  let top = head;
  while (tree.head(top) !== 0) top = tree.head(top);
  return top === head ? undefined : top;
}
