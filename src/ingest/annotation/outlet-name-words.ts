/**
 * How an outlet's name is read off the words at a listener or occasion: without the lowercase
 * description written before it ("in an interview with (Dutch) broadcaster NOS"), spaced as in the
 * text ("the Atlanta Journal-Constitution"), and never a day or a month ("with broadcaster NOS on
 * Tuesday": the parser may hang the day on the interview beside the outlet).
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { NlpToken } from '../nlp/types.ts';
import { WEEKDAY_ALTERNATION } from '../text/day-words.ts';

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY_ALTERNATION}|${MONTHS})$`, 'i');

/** "Tuesday", "March": a word of the calendar, which names a time and never an outlet. */
export function isCalendarWord(token: NlpToken): boolean {
  return CALENDAR_WORD.test(token.word) || /^(DATE|TIME|DURATION)$/.test(token.ner);
}

/** The name's words without the lowercase words that describe it before it: "broadcaster NOS" → "NOS". */
export function withoutDescription(tokens: NlpToken[]): NlpToken[] {
  const first = tokens.findIndex((t) => /^[\p{Lu}\d]/u.test(t.word));
  return first < 0 ? tokens : tokens.slice(first);
}

/** The words as written, a space only where the text has one: "Atlanta Journal-Constitution". */
export function writtenName(tokens: NlpToken[]): string {
  return tokens.map((t, k) => (k > 0 && t.start > tokens[k - 1].end ? ' ' : '') + t.originalText).join('');
}

/**
 * A word inside a longer capitalised name, which only the whole name identifies: "Journal" in "the
 * Atlanta Journal-Constitution" is not the Wall Street Journal. Not the same guard as the hyphen check
 * of entities/untagged-outlets.ts, which keeps "the Journal" of "the Journal-Constitution" from
 * becoming an entity; this keeps the word from being looked up alone in a listener's phrase.
 */
export function insideLongerName(tree: DependencyTree, i: number): boolean {
  if (!/^(compound|flat)$/.test(tree.relation(i))) return false;
  const head = tree.head(i);
  if (!head || head < i) return false;
  const token = tree.token(head);
  return /^NNPS?$/.test(token.pos) && /^\p{Lu}/u.test(token.word) && token.ner !== 'PERSON';
}
