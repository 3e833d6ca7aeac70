/**
 * "The council approved the budget, the AP reports", "The studio's head apologized for the crash, CNN
 * reports": the verb the cue model reads is an act the outlet reports, with no words of its own to
 * carry. Its reading gives way, so the outlet's credit stays the sentence's claim instead of lending
 * its name as the via of an act. A clause after the verb ("approved, saying S") is words, and stays.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { Attribution } from '../attribution.ts';
import { holdsCue } from '../find.ts';

/** Verbs the cue model reads as sayings that, with a noun after them, report a deed. */
const ACTS = new Set(['approve', 'apologize', 'apologise', 'recall']);
/** A comma, a quotation, "that" or a modal: words after the verb rather than a noun. */
const WORDS_FOLLOW = /^(,|``|''|"|MD)$/;

function isBareAct(doc: NlpDocument, a: Attribution): boolean {
  if (!ACTS.has(a.cue.lemma)) return false;
  const tokens = doc.sentences[a.sentence].tokens;
  return !tokens.some(
    (t) => (WORDS_FOLLOW.test(t.pos) || t.lemma === 'that') && a.content.some((s) => s.start <= t.start && t.end <= s.end),
  );
}

/** `kept` without the act readings an outlet's closing credit in their sentence reports. */
export function withoutReportedActs(doc: NlpDocument, kept: Attribution[], isCarrier: (a: Attribution) => boolean): Attribution[] {
  const carriers = kept.filter(isCarrier);
  return kept.filter(
    (a) =>
      !isBareAct(doc, a) ||
      !carriers.some((c) => c !== a && c.sentence === a.sentence && c.cue.span.start > a.content.at(-1)!.end && holdsCue(c, a)),
  );
}
