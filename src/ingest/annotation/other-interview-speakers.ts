/**
 * Someone else speaking after a named person's interview: "Ingrid Solvik told the AP S1. The driver,
 * Murat Celik, says S2." Celik gave no interview to the AP; in a one-line summary the interview's
 * passage would otherwise reach him. Only when the teller is named, in the telling or, for "he told WBUR",
 * in the claim the pronoun stands for ("An escaped prisoner told his story to CNN ... said Muneer Own"
 * names the teller only later, so there any person may be the teller).
 */
import type { EntityRecord } from '../entities/registry.ts';
import type { DraftClaim } from './draft.ts';

/** A name of capitalised words ("Ingrid Solvik"), not a description ("escaped prisoner"). */
function isProperName(name: string): boolean {
  return /^\p{Lu}/u.test(name) && name.split(/\s+/).every((w) => /^[\p{Lu}'’-]/u.test(w) || /^(de|da|van|von|del|la|le|bin|al)$/.test(w));
}

/** The claim is spoken by people other than the interview's named teller. */
export function spokenByAnotherThanTeller(teller: EntityRecord | undefined, d: DraftClaim): boolean {
  if (!teller || teller.type !== 'Person' || !isProperName(teller.name)) return false;
  return d.claimants.length > 0 && d.claimants.every((c) => c.type === 'Person' && c !== teller);
}
