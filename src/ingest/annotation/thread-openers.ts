/**
 * "Separately, Prime Minister X said S", "Meanwhile, the union said S", "Elsewhere, ambulance workers said
 * S": a sentence opened by such a word turns to another strand of the story, told from another source.
 * An outlet credited before it (an interview, a report, a speaker's earlier outlet) does not carry the
 * claims from there on, and a credit in or after it does not reach back over it.
 */
import type { NlpDocument } from '../nlp/types.ts';

const THREAD_OPENER = /^(?:meanwhile|separately|elsewhere|in\s+other\s+(?:news|developments?)|in\s+a\s+separate\s+development)\b/i;

/** Whether the sentence starting at `unit` opens on a word that turns to another strand. */
export function opensNewThread(text: string, unit: number): boolean {
  return THREAD_OPENER.test(text.slice(unit, unit + 40));
}

/** The start of the first sentence after `after` and at or before `through` that opens another strand, if any. */
export function threadOpenedBetween(text: string, doc: NlpDocument, after: number, through: number): number | undefined {
  return doc.sentences.map((s) => s.tokens[0].start).find((start) => start > after && start <= through && opensNewThread(text, start));
}
