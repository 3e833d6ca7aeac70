/**
 * 'X called the rule "unlawful" in a statement Tuesday', 'X described the vote as "chaos by design" in
 * a Tuesday email': after a quoted label the parser hangs the occasion on the label's word, not on the
 * naming verb, so no rule on the cue sees it. An occasion the rules know, hung on a word that the cue's
 * object or its "as" phrase brings in, and standing after the label's closing quotation mark, gives
 * its day: on it ("in a statement Tuesday") or naming it ("a Tuesday email"). Without the quotation
 * mark the occasion may be what the label is about ("called the speech on Tuesday a disgrace").
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { namingDaySpan } from './month-day-spans.ts';
import { dateOn, namingDay, OCCASIONS, SETTING_TIME_RELATION } from './said-on.ts';

const NAMING_VERBS = new Set(['call', 'describe', 'label', 'dub', 'brand', 'term']);
const CLOSING_QUOTE = /^(?:''|”|")$/;

export function quotedLabelOccasionDay(tree: DependencyTree, cue: number, text: string): TextSpan | undefined {
  if (!NAMING_VERBS.has(tree.token(cue).lemma.toLowerCase())) return undefined;
  const labels = [
    ...tree.children(cue, 'obj').flatMap((o) => tree.children(o, /^(amod|nmod|acl)$/)),
    ...tree.children(cue, /^(obl|xcomp)$/).filter((o) => tree.children(o, 'case').some((k) => /^as$/i.test(tree.token(k).word))),
  ];
  for (const label of labels)
    for (const occasion of tree.children(label, /^(obl|nmod)$/)) {
      if (!OCCASIONS.has(tree.token(occasion).lemma.toLowerCase()) || !closedBefore(tree, label, occasion)) continue;
      const span = dateOn(tree, occasion, text, SETTING_TIME_RELATION);
      if (span) return span;
      const day = namingDay(tree, occasion);
      if (day !== undefined) return namingDaySpan(tree, day);
    }
  return undefined;
}

/** A closing quotation mark of the label stands between the label's word and the occasion's phrase. */
function closedBefore(tree: DependencyTree, label: number, occasion: number): boolean {
  const firstOfOccasion = Math.min(...tree.subtree(occasion));
  return tree.children(label, 'punct').some((p) => p > label && p < firstOfOccasion && CLOSING_QUOTE.test(tree.token(p).word));
}
