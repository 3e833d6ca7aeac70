/**
 * "Rebels in Dornach say they planted the mines, the BBC reports, while the army blames smugglers": an
 * outlet's credit set between commas before a conjoined clause closes the part of the sentence before
 * it, as it would close the sentence. On train no credit stands so (PolNeAR predictions unchanged);
 * Newser-style summaries write it.
 */
import type { NlpToken } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';

/** Conjunctions that open a clause of the sentence's own after the credit. */
const CONJUNCTION = /^(while|but|and|whereas|though|although|yet)$/i;

/** What follows such a credit's verb: its day, if any, then the comma and the conjunction. */
const CREDIT_THEN_CONJUNCTION = /^(?:\s+\w+)?\s*,\s*(?:while|but|and|whereas|though|although|yet)\b/i;

/** The comma at `i` ends a credit before a conjoined clause (", while …", ", but …"). */
export function beforeConjoinedClause(tokens: NlpToken[], i: number): boolean {
  return tokens[i].word === ',' && CONJUNCTION.test(tokens[i + 1]?.word ?? '');
}

/**
 * "S1, the BBC reports, but the governor calls S2 false": the credit closes only the part before it, so
 * a reading whose cue comes after the credit's (the governor's) gets no via from it.
 */
export function afterConjoinedCredit(text: string, credit: { cue: { span: TextSpan } }, reading: { cue: { span: TextSpan } }): boolean {
  const after = text.slice(credit.cue.span.end);
  return reading.cue.span.start > credit.cue.span.end && CREDIT_THEN_CONJUNCTION.test(after);
}
