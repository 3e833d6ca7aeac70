/**
 * "S, per a Bloomberg report.": a "per" credit that names the outlet by its report, as "according to a
 * Bloomberg report" does. Only "a" or "an", the outlet's capitalised name and one noun of an outlet's
 * work; whether the name is an outlet is decided by the caller, as for "S, per Bloomberg."
 */
import type { NlpToken } from '../../nlp/types.ts';

const REPORT_NOUN = /^(report|story|article|investigation|analysis|scoop|exclusive)$/i;

/** The name's words in "a Bloomberg report" (the words after "per"), or none for any other shape. */
export function namedReportWords(words: NlpToken[]): NlpToken[] | undefined {
  if (words.length < 3 || !/^an?$/i.test(words[0].word) || !REPORT_NOUN.test(words.at(-1)!.word)) return undefined;
  const name = words.slice(1, -1);
  return name.every((t) => /^NNPS?$/.test(t.pos) && /^\p{Lu}/u.test(t.word)) ? name : undefined;
}
