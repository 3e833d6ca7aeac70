/**
 * The day of a speaker's occasion the parser hung on the verb's object: in "Sandor announced the cuts
 * in a memo on Tuesday" it makes both "memo" and "Tuesday" modifiers of "cuts", so no day reaches the
 * cue. The day counts when it hangs on the occasion ("in a statement Tuesday"), names it ("in a Tuesday
 * memo"), or hangs on the object after the occasion, where it closes the occasion's phrase. The
 * occasion is the speaker's own (object-occasions.ts: a statement, a letter, an interview …), or any
 * occasion of a verb that makes its object known ("announced", "unveiled"): what it announces is not
 * what a memo or a report held before. Not a day before the occasion ("announced Tuesday's cuts in a
 * memo": the cuts'), nor a report the object sits in ("denied the claims in a report on Tuesday").
 * G13's date probe (stop 63): the announcing and the two sayings after it dated; no PolNeAR train claim moved.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { namingDaySpan } from './month-day-spans.ts';
import { objectOccasions } from './object-occasions.ts';
import { dateOn, namingDay, OCCASIONS, SETTING_TIME_RELATION } from './said-on.ts';

const MAKING_KNOWN = /^(?:announce|unveil|disclose|reveal|outline|detail|introduce|propose)$/i;
const OCCASION_CASE = /^(?:in|at|during)$/i;

export function objectOccasionDay(tree: DependencyTree, cue: number, text: string): TextSpan | undefined {
  for (const occasion of occasionsOnObject(tree, cue)) {
    const onOccasion = dateOn(tree, occasion, text, SETTING_TIME_RELATION);
    if (onOccasion) return onOccasion;
    const naming = namingDay(tree, occasion);
    if (naming !== undefined) return namingDaySpan(tree, naming);
    const onObject = dateOn(tree, tree.head(occasion), text, SETTING_TIME_RELATION);
    if (onObject && onObject.start > tree.token(occasion).end) return onObject;
  }
  return undefined;
}

function occasionsOnObject(tree: DependencyTree, cue: number): number[] {
  const own = objectOccasions(tree, cue);
  if (own.length > 0 || !MAKING_KNOWN.test(tree.token(cue).lemma)) return own;
  return tree
    .children(cue, 'obj')
    .flatMap((o) => tree.children(o, /^nmod/))
    .filter(
      (n) =>
        OCCASIONS.has(tree.token(n).lemma.toLowerCase()) && tree.children(n, 'case').some((k) => OCCASION_CASE.test(tree.token(k).word)),
    );
}
