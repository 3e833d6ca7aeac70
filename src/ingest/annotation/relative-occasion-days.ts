/**
 * "issued a statement Thursday in which it said S", "held a news conference Thursday afternoon,
 * where she said S", "conceded in a speech Friday morning in which he said S": the saying is told in a
 * relative clause about an occasion, and the day sits on the occasion or on the verb that held or gave
 * it. The parser often hangs the relative clause on that verb rather than on the occasion, so said-on.ts
 * finds no day on the cue. On the verb, the day counts only when the relative clause's subject is a
 * pronoun, the speaker of the verb: "criticized the statement Thursday in which the union said S" is
 * the criticism's day.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { dateOn, namingDay, OCCASIONS, SETTING_TIME_RELATION, TIME_RELATION } from './said-on.ts';

const RELATIVE_WORD = /^(?:which|where|when)$/i;

export function relativeOccasionDay(tree: DependencyTree, cue: number, text: string): TextSpan | undefined {
  const relative = tree.children(cue, /^(?:obl|advmod)$/).find((k) => k < cue && RELATIVE_WORD.test(tree.token(k).word));
  if (relative === undefined) return undefined;
  const host = tree.head(cue);
  if (host === 0) return undefined;
  if (isOccasion(tree, host)) return occasionDay(tree, host, text) ?? dateOn(tree, tree.head(host), text, TIME_RELATION);
  if (!tree.token(host).pos.startsWith('VB') || !tree.children(cue, /^nsubj/).some((s) => tree.token(s).pos === 'PRP')) return undefined;
  const occasion = tree.children(host, /^(?:obj|obl)$/).find((o) => o < relative && isOccasion(tree, o));
  if (occasion === undefined) return undefined;
  return occasionDay(tree, occasion, text) ?? dateOn(tree, host, text, TIME_RELATION);
}

function isOccasion(tree: DependencyTree, i: number): boolean {
  return OCCASIONS.has(tree.token(i).lemma.toLowerCase());
}

/** A day on the occasion itself: "a rally on Friday", "a Friday speech". */
function occasionDay(tree: DependencyTree, occasion: number, text: string): TextSpan | undefined {
  const on = dateOn(tree, occasion, text, SETTING_TIME_RELATION);
  if (on) return on;
  const named = namingDay(tree, occasion);
  return named === undefined ? undefined : { start: tree.token(named).start, end: tree.token(named).end };
}
