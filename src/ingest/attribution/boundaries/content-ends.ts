/**
 * The boundary rules cut a content short at a semicolon, a clause or a joined verb, but only when
 * enough of it stays to still say something: these two helpers hold that check in one place.
 */
import type { TextSpan } from '../../text/spans.ts';

/** How many words a stretch of text holds. */
export function wordCount(stretch: string): number {
  return stretch.trim().split(/\s+/).length;
}

/** Ends the reading's last content span at `end` (in place) if at least `minWords` words stay; says whether it did. */
export function endLastSpanAt(text: string, reading: { content: TextSpan[] }, end: number, minWords: number): boolean {
  const last = reading.content.at(-1)!;
  if (wordCount(text.slice(last.start, end)) < minWords) return false;
  reading.content = [...reading.content.slice(0, -1), { start: last.start, end }];
  return true;
}
