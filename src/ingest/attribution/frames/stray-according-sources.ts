/**
 * "S, according to John Weaver, a strategist." / "According to a University of Texas poll, S": the
 * parser sometimes hangs the source of "according to" on a comma or on a word of its own phrase, so
 * no clause stands above it and the clause the phrase should hang on gives no content. The content is
 * then the rest of the sentence on the far side of the phrase's comma, as when the source is the root
 * (according-roots.ts); an apposition may follow the source ("…, a strategist.") if no verb follows.
 */
import { DependencyTree, isPunct, isVerb, isVerbOrPredicate, tokenRange } from '../tree.ts';
import { contentBesideRootSource } from './according-roots.ts';

/** The content of `according` (token `v`) whose source `source` hangs on no clause; undefined when it hangs on one. */
export function contentBesideStraySource(tree: DependencyTree, v: number, source: number, first: number): number[] | undefined {
  const host = tree.head(source);
  if (host === 0 || isVerbOrPredicate(tree, host)) return undefined;
  const beside = contentBesideRootSource(tree, v, first);
  if (beside) return beside;
  // "S, according to X, a title.": the comma after X opens an apposition, not a clause.
  if (v <= first || tree.token(v - 1).word !== ',') return undefined;
  if (tokenRange(v + 1, tree.size).some((t) => isVerb(tree.token(t)))) return undefined;
  const content = tokenRange(first, v - 2);
  return content.filter((t) => !isPunct(tree.token(t))).length >= 3 ? content : undefined;
}
