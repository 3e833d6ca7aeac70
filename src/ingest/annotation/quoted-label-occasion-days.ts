/**
 * 'X called the rule "unlawful" in a statement Tuesday', 'X described the vote as "chaos by design" in
 * a Tuesday email': after a quoted label the parser hangs the occasion on the label's word, not on the
 * naming verb, so no rule on the cue sees it. An occasion the rules know, hung on a word that the cue's
 * object or its "as" phrase brings in, and standing after the label's closing quotation mark, gives
 * its day: on it ("in a statement Tuesday") or naming it ("a Tuesday email"). Without the quotation
 * mark the occasion may be what the label is about ("called the speech on Tuesday a disgrace").
 * A bare day after the closing mark dates the naming the same way: 'called the decision "an insult"
 * on Tuesday', 'called the ruling "a disgrace" Tuesday' (the label the object's dep or the cue's xcomp).
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { namingDaySpan } from './month-day-spans.ts';
import { dateOn, dayOf, namingDay, OCCASIONS, SETTING_TIME_RELATION } from './said-on.ts';

const NAMING_VERBS = new Set(['call', 'describe', 'label', 'dub', 'brand', 'term']);
const CLOSING_QUOTE = /^(?:''|”|")$/;
/** How the parser hangs a bare day on the label: "a disgrace\" Tuesday", "an insult\" on Tuesday". */
const LABEL_DAY_RELATION = /^(obl|obl:tmod|nmod|nmod:tmod)$/;

export function quotedLabelOccasionDay(tree: DependencyTree, cue: number, text: string): TextSpan | undefined {
  if (!NAMING_VERBS.has(tree.token(cue).lemma.toLowerCase())) return undefined;
  const labels = [
    ...tree.children(cue, 'obj').flatMap((o) => tree.children(o, /^(amod|nmod|acl|dep)$/)),
    ...tree.children(cue, /^(obl|xcomp)$/).filter((o) => tree.children(o, 'case').some((k) => /^as$/i.test(tree.token(k).word))),
    ...tree.children(cue, 'xcomp').filter((o) => tree.children(o, 'case').length === 0),
  ];
  // The day may hang on the object whose label was quoted: 'called the decision "an insult" on Tuesday'.
  const labelled = tree.children(cue, 'obj').filter((o) => tree.children(o, 'dep').length > 0);
  for (const holder of [...labels, ...labelled]) {
    const days = tree.children(holder, LABEL_DAY_RELATION).filter((d) => dayOf(tree, d) !== undefined);
    if (days.length > 0 && days.every((d) => closedBefore(tree, holder, d))) {
      const span = dateOn(tree, holder, text, LABEL_DAY_RELATION);
      if (span) return span;
    }
  }
  for (const label of labels) {
    for (const occasion of tree.children(label, /^(obl|nmod)$/)) {
      if (!OCCASIONS.has(tree.token(occasion).lemma.toLowerCase()) || !closedBefore(tree, label, occasion)) continue;
      const span = dateOn(tree, occasion, text, SETTING_TIME_RELATION);
      if (span) return span;
      const day = namingDay(tree, occasion);
      if (day !== undefined) return namingDaySpan(tree, day);
    }
  }
  return undefined;
}

/** A closing quotation mark of the label stands between the label's word and the occasion's phrase. */
function closedBefore(tree: DependencyTree, label: number, occasion: number): boolean {
  const firstOfOccasion = Math.min(...tree.subtree(occasion));
  return tree.children(label, 'punct').some((p) => p > label && p < firstOfOccasion && CLOSING_QUOTE.test(tree.token(p).word));
}
