/**
 * The day of an occasion whose own clause says when its speaker put it out: "The memo, which Ada Brill
 * sent to staff on Friday, says S", "According to a report that the Velmont auditor released Thursday,
 * S", "The letter, which the coach wrote Sunday, says S". A relative clause with its own subject (the
 * parser hangs it as acl:relcl, or as dep or ccomp when the "that" or "which" is left out) dates the
 * memo, report or letter as a participle does ("released Thursday", occasion-days.ts); only a verb of
 * putting words out (not "received", "approved", nor "aired", which dates the airing), only where the
 * occasion is the cue's subject, the noun "according to" marks, or the place the cue hangs "in".
 * Issue 11's fifth date probe: 1 of the 36 dated items of its first batch, 4 of the 11 of its second;
 * none of the first batch's 39 undated items dated.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { dayCarryingNouns } from './day-carrying-nouns.ts';
import { dateOn, OCCASIONS, PARTICIPLE_TAG, TIME_RELATION } from './said-on.ts';

/** Verbs of putting an occasion's words out: its day is the words' day. */
export const PUTTING_OUT = /^(?:release|issue|send|write|sign|file|post|deliver|give|make|submit|circulate|distribute)$/i;

export function occasionClauseDay(tree: DependencyTree, cue: number, text: string, according: boolean): TextSpan | undefined {
  const occasions = dayCarryingNouns(tree, cue, according);
  for (const occasion of occasions.filter((n) => OCCASIONS.has(tree.token(n).lemma.toLowerCase()))) {
    const span = tree
      .children(occasion, /^(acl:relcl|dep|ccomp)$/)
      .filter((v) => PARTICIPLE_TAG.test(tree.token(v).pos) && PUTTING_OUT.test(tree.token(v).lemma))
      .filter((v) => tree.children(v, /^nsubj/).length > 0)
      .map((v) => dateOn(tree, v, text, TIME_RELATION))
      .find((s) => s !== undefined);
    if (span) return span;
  }
  return undefined;
}
