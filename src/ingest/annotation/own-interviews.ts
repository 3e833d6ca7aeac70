/**
 * A claim that names the interview or appearance it was given in: "In a Tuesday interview with a
 * local radio station, the coach said S", "said during an interview with TSN", "Speaking to a
 * podcast, X said S". The speaker spoke to that listener, whether or not it is an outlet we know, so
 * the outlet of an earlier report or interview in a one-line summary did not carry the claim.
 */
import type { DraftClaim } from './draft.ts';

const OWN_INTERVIEW = new RegExp(
  [
    String.raw`\b(?:in|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:interview|appearance|conversation)\s+(?:with|on|to)\b`,
    String.raw`\b(?:speaking|talking)\s+(?:to|with)\b`,
    String.raw`\bin\s+(?:comments|remarks)\s+to\b`,
  ].join('|'),
  'i',
);

/** Read from the sentence's start, where the occasion is often put before the speaker. */
export function namesOwnInterview(text: string, d: DraftClaim): boolean {
  return OWN_INTERVIEW.test(text.slice(Math.min(d.unit, d.evidence.start), d.evidence.end));
}
