/**
 * "Councillor Ada Brenner dismissed the questions": a reading of a verb's direct object whose speaker is
 * a person named by name (no pronoun resolved to one) is not left to the claim check, however unsure the
 * cue model was of it. Of train's such readings the check dropped, 5 named the annotated speaker, none
 * another, 3 matched nothing (stop 43, D).
 */
import type { Claim } from '../model/claim-features.ts';

export function isNamedPersonObjectReading(a: Claim): boolean {
  const claimant = a.claimants[0];
  return a.frame === 'obj' && claimant !== undefined && claimant.type === 'PERSON' && !claimant.resolved;
}
