/**
 * Quotations in the raw text: paired quotation marks within a paragraph. A quotation
 * often runs over several sentences while the parser sees one sentence at a time, so content that
 * starts or ends inside a quotation is widened to the whole quotation.
 */
import type { TextSpan } from '../../text/spans.ts';

/**
 * Curly, straight, or doubled as some papers print them (``S'' or ''S''): a straight or doubled closing mark
 * opens when none is open and closes otherwise.
 */
const QUOTATION_MARKS = /“|”|"|``|''/g;

/** An opening curly mark typed for a closing one ('“It was late,“ she said'): right after a word or punctuation, before a space. */
function closesMistyped(paragraph: string, at: number): boolean {
  return /[\w,.?!]/.test(paragraph[at - 1] ?? ' ') && /\s/.test(paragraph[at + 1] ?? ' ');
}

export function findQuotes(text: string): TextSpan[] {
  const quotes: TextSpan[] = [];
  const paragraphs = text.split(/\n\s*\n|\r\n\s*\r\n/);
  let offset = 0;
  for (const paragraph of paragraphs) {
    const start = text.indexOf(paragraph, offset);
    offset = start + paragraph.length;
    // Just after the open quotation's opening mark.
    let open: number | undefined;
    for (const { 0: mark, index: at } of paragraph.matchAll(QUOTATION_MARKS)) {
      const mistyped = mark === '“' && open !== undefined && closesMistyped(paragraph, at);
      const opens = !mistyped && (mark === '“' || mark === '``' || (mark !== '”' && open === undefined));
      if (opens) open = at + mark.length;
      else if (open !== undefined) {
        if (at > open) quotes.push({ start: start + open, end: start + at });
        open = undefined;
      }
    }
  }
  return quotes;
}

/** The content widened to every quotation it starts or ends inside of, when that quotation leaves its sentence. */
export function extendToQuotes(content: TextSpan, quotes: TextSpan[]): TextSpan[] {
  let { start, end } = content;
  for (const q of quotes) {
    const startsInside = q.start <= start + 1 && start < q.end;
    const endsInside = q.start < end && end <= q.end + 1;
    if ((startsInside || endsInside) && (q.start < start - 1 || q.end > end + 1)) {
      start = Math.min(start, q.start);
      end = Math.max(end, q.end);
    }
  }
  return [{ start, end }];
}

/**
 * Where the quotation open at `offset` begins (just after its opening mark), or undefined when none
 * is: marks are read from the start of the paragraph, curly, straight or doubled (''); a straight
 * mark opens when none is open and closes otherwise.
 */
export function openQuotationStart(text: string, offset: number): number | undefined {
  const paragraph = text.lastIndexOf('\n', offset) + 1;
  let start: number | undefined;
  const before = text.slice(paragraph, offset);
  for (const mark of before.matchAll(/[“”"]|''/g)) {
    const mistyped = mark[0] === '“' && start !== undefined && closesMistyped(before, mark.index);
    const opens = !mistyped && (mark[0] === '“' || (mark[0] !== '”' && start === undefined));
    start = opens ? paragraph + mark.index + mark[0].length : undefined;
  }
  return start;
}
