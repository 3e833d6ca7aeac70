/**
 * "Ann Ruiz, who hopes to be the next mayor, wrote on Friday to say S": the parser can hang the saying
 * on the predicate of a clause inside the subject, and the source phrase then opens with "to" or a
 * form of "be" ("to be the next mayor", "was premature"). Such a phrase describes; it does not speak,
 * and the rules cannot tell who does, so the reading names no one and is dropped.
 * On PolNeAR train: 3 readings, all 3 wrong claimants.
 */
import type { ResolvedSource } from './resolved-source.ts';

const PREDICATE_OPENING = /^(?:to|be|been|being|am|is|are|was|were)\s/i;

/** Whether the source phrase is a predicate ("to be the next mayor", "was premature"), not a speaker. */
export function isPredicatePhrase(source: ResolvedSource): boolean {
  return !source.resolved && (PREDICATE_OPENING.test(source.mention.text) || PREDICATE_OPENING.test(source.name));
}
