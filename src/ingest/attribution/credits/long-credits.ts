/**
 * Closing credits longer than the plain ones' seven words: an outlet's staff member reporting ("…, the
 * Wall Street Journal's Moscow bureau chief reports", "…, the Guardian's Rome correspondent reports": the
 * outlet is the name before "'s") and a credit with its day after the verb ("…, the German magazine Der
 * Spiegel reports this week"). An invented probe of Newser-style sentences: 3 more vias right.
 */
import type { NlpToken } from '../../nlp/types.ts';
import { NEAR_DAY_ALTERNATION, WEEKDAY_ALTERNATION } from '../../text/day-words.ts';

/** The outlet's people a credit may name: "correspondent", "bureau chief", "reporters". */
const STAFF = /^(?:correspondents?|reporters?|chief|editors?|columnists?|writers?|journalists?)$/i;
/** What may stand between the outlet and its staff noun: a capitalised place ("Moscow"), "bureau", "senior", "foreign". */
const STAFF_MODIFIER = /^(?:[A-Z][\w-]*|bureau|senior|chief|foreign|political|national|security|White|House)$/;
/** A day after a credit's verb: "this week", "Tuesday", "last night". */
const DAY_WORD = new RegExp(`^(?:this|last|late|early|on|${WEEKDAY_ALTERNATION}|${NEAR_DAY_ALTERNATION}|week|night|morning|evening)$`, 'i');

/** "the Guardian's Rome correspondent": the outlet's words before "'s", or none when the rest names no staff member. */
export function staffOutletName(words: NlpToken[]): NlpToken[] | undefined {
  const owner = words.findIndex((t) => t.pos === 'POS');
  if (owner < 1 || words.length - owner < 2 || !STAFF.test(words.at(-1)!.word)) return undefined;
  if (!words.slice(owner + 1, -1).every((t) => STAFF_MODIFIER.test(t.word))) return undefined;
  const name = words.slice(0, owner).filter((t, i) => !(i === 0 && /^the$/i.test(t.word)));
  return name.length && name.every((t) => /^[A-Z]/.test(t.word)) ? name : undefined;
}

/** A credit of more than seven words read all the same: a staff member's, or one whose verb only a day follows. */
export function longCredit(tail: NlpToken[], verbAt: number): boolean {
  if (verbAt < 1) return false;
  const after = tail.slice(verbAt + 1);
  if (!after.every((t) => DAY_WORD.test(t.word))) return false;
  return after.length > 0 || staffOutletName(tail.slice(0, verbAt)) !== undefined;
}
