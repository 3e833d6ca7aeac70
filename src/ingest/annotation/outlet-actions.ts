/**
 * Whether a claim's verb relates an action rather than a saying, a thought or a stance: in "The
 * mill laid off 300 workers, per the Ledger" or "She has hired a defense lawyer, the paper adds" the
 * outlet reports what someone did, so the claim is the outlet's own (outlet-passages.ts
 * outletOwnReports), however sure the cue model was of the verb. A verb is an action when neither of
 * its two commonest WordNet senses is one of saying, thinking, perceiving or feeling ("lay", "hire",
 * "seize", "sell"; not "find", "push", "want"), and it is none of the verbs of hitting that news uses
 * for criticizing ("Ortiz slammed the plan, the AP reports" stays Ortiz's, through the AP).
 */
import { verbClasses } from '../attribution/model/verb-classes.ts';

const SPEECH_SENSES = new Set(['communication', 'cognition', 'perception', 'emotion']);
const CRITICIZING_HITS = new Set([
  'slam',
  'blast',
  'hit',
  'knock',
  'rip',
  'bash',
  'hammer',
  'pound',
  'lash',
  'swipe',
  'jab',
  'fire',
  'strike',
  'punch',
]);

/** The verb (a lemma) relates an action (see above); a verb WordNet does not know relates none. */
export function relatesAction(lemma: string): boolean {
  const senses = verbClasses(lemma).slice(0, 2);
  return senses.length > 0 && !senses.some((s) => SPEECH_SENSES.has(s)) && !CRITICIZING_HITS.has(lemma.toLowerCase());
}
