/**
 * "Lee backs a toll on every bridge; Park wants the bridges free": a semicolon outside a quotation
 * joins two statements, and PolNeAR's content of the first ends before it. The parser can hang the
 * second clause on the first, so a content read forward off its cue runs on past the semicolon.
 */
import { findQuotes } from '../quotes/quotes.ts';
import { endLastSpanAt, type TextReading } from './content-ends.ts';

/** Words the content keeps before the semicolon, at least. */
const MIN_WORDS = 3;

/** Ends each content read forward off its cue at its first semicolon outside a quotation (contents replaced in place). */
export function cutAtSemicolons(text: string, readings: TextReading[]): void {
  const quotes = findQuotes(text);
  const quoted = (at: number) => quotes.some((q) => q.start <= at && at < q.end);
  for (const a of readings) {
    const last = a.content.at(-1);
    if (a.continued || !last || a.cue.span.start > a.content[0].start) continue;
    const semicolon = /;\s/g;
    semicolon.lastIndex = last.start;
    for (let m = semicolon.exec(text); m && m.index < last.end; m = semicolon.exec(text)) {
      if (quoted(m.index)) continue;
      endLastSpanAt(text, a, m.index, MIN_WORDS);
      break;
    }
  }
}
