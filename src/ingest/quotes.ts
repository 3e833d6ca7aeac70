/**
 * Quotation spans within one paragraph. Writers mix straight and curly marks
 * (`"It is crazy,” she says`), so marks are paired in order regardless of shape; a quote
 * left open runs to the end of the paragraph.
 */
import type { Paragraph, TextSpan } from './types.ts';

export interface Quote extends TextSpan {
  /** The words inside the marks. */
  inner: TextSpan;
}

const MARKS = /["“”]/g;

export function pairQuotes(text: string, paragraph: Paragraph): Quote[] {
  const positions: number[] = [];
  const slice = text.slice(paragraph.start, paragraph.end);
  for (const m of slice.matchAll(MARKS)) positions.push(paragraph.start + m.index);
  const quotes: Quote[] = [];
  for (let k = 0; k < positions.length; k += 2) {
    const open = positions[k]!;
    const close = positions[k + 1];
    const end = close === undefined ? paragraph.end : close + 1;
    const innerEnd = close === undefined ? paragraph.end : close;
    quotes.push(trimInner(text, { start: open, end, inner: { start: open + 1, end: innerEnd } }));
  }
  return quotes.filter((q) => q.inner.end > q.inner.start);
}

/** Drops spaces and trailing commas inside the marks: `"It is crazy,”` quotes "It is crazy". */
function trimInner(text: string, quote: Quote): Quote {
  let { start, end } = quote.inner;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { ...quote, inner: { start, end } };
}

export function insideQuote(quotes: Quote[], offset: number): Quote | undefined {
  return quotes.find((q) => q.start < offset && offset < q.end);
}
