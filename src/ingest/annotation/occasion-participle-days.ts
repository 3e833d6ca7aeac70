/**
 * The day on an occasion's participle that the parser hung on the cue: in "The Orlin council said in a
 * statement posted online Sunday that S" it makes "posted" a `dep` of "said" (and the content hangs on
 * it), not an `acl` of "statement", so the occasion's own participle rule in said-on.ts does not see
 * it. A participle right after the occasion the cue hangs on, with no subject of its own and not an
 * airing ("aired Sunday": what aired was said before; but a written paper's "published Monday" is
 * its day, "said in a report published Monday": published-papers.ts), gives the occasion's day. Issue 11's fourth date
 * probe (60 items, 45 dated): 1 of them; no undated item dated.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { datesBeforeSaying } from './published-papers.ts';
import { dateOn, OCCASIONS, PARTICIPLE_TAG, TIME_RELATION } from './said-on.ts';

export function occasionParticipleDay(tree: DependencyTree, cue: number, text: string): TextSpan | undefined {
  const occasions = tree.children(cue, 'obl').filter((o) => OCCASIONS.has(tree.token(o).lemma.toLowerCase()));
  for (const participle of tree.children(cue, 'dep')) {
    if (
      !PARTICIPLE_TAG.test(tree.token(participle).pos) ||
      datesBeforeSaying(tree, participle) ||
      tree.children(participle, /^nsubj/).length > 0
    )
      continue;
    if (!occasions.some((o) => Math.max(...tree.subtree(o)) + 1 === participle)) continue;
    const span = dateOn(tree, participle, text, TIME_RELATION);
    if (span) return span;
  }
  return undefined;
}
