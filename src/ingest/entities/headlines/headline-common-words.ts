/**
 * A headline in title case capitalises every word, and the tagger then takes ordinary words for names:
 * "Prosecutors: Crypto Founder Hid Millions" tags "Crypto" an organization. A headline mention whose
 * every word the rest of the text writes, and writes only in lower case ("the crypto exchange"), is
 * such a word and names no entity. A name the body never repeats, or repeats capitalised, stays.
 */
import type { TextSpan } from '../../text/spans.ts';

/** Whether the span, inside one of the headline lines, is a word the rest of the text writes in lower case only. */
export function isHeadlineCommonWord(text: string, headlineLines: TextSpan[], span: TextSpan): boolean {
  const line = headlineLines.find((l) => l.start <= span.start && span.end <= l.end);
  if (!line) return false;
  const rest = headlineLines
    .reduce((kept, l) => kept.slice(0, l.start) + ' '.repeat(l.end - l.start) + kept.slice(l.end), text)
    .split(/[^\p{L}\p{N}'’-]+/u);
  const words = text.slice(span.start, span.end).split(/\s+/);
  return words.every((word) => {
    const lower = word.toLowerCase();
    return word !== lower && rest.includes(lower) && !rest.some((w) => w !== lower && w.toLowerCase() === lower);
  });
}
