import type { FoundAttribution, TextSpan } from '../find.ts';

/** Opening quotation marks (a straight one can close too: see the comma test below). */
const OPENING = /["“‘]|''|``/;
/** Shorter than this, in characters, a quotation is a phrase, not a claim. */
const QUOTATION_MIN = 12;

/**
 * "X defended her mother, saying: ''S''": the parser can hang the quotation on the main verb, whose
 * clause reading then runs from its object ("her mother") to the quotation's end, and only one reading
 * of a cue was kept. Beside the object reading, the quotation is a second attribution of that cue, from
 * its opening mark on, when a comma or a colon and a space set it off (not a phrase quoted inside the
 * clause, 'calling it a "disaster"', nor the comma a straight closing mark follows).
 */
export function quotationAfterObject<A extends FoundAttribution>(text: string, kept: FoundAttribution, other: A): A | undefined {
  const [span] = other.content;
  const objectEnd = kept.content.at(-1)!.end;
  if (other.content.length !== 1 || kept.content[0].start < span.start || objectEnd >= span.end) return undefined;
  const mark = OPENING.exec(text.slice(objectEnd, span.end));
  if (!mark || !/[,:]\s+$/.test(text.slice(objectEnd, objectEnd + mark.index))) return undefined;
  const start = objectEnd + mark.index + mark[0].length;
  const content: TextSpan[] = [{ ...span, start }];
  return span.end - start >= QUOTATION_MIN ? { ...other, content } : undefined;
}
