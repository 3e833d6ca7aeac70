/**
 * The Newser page header: title, deck, "By X, Newser Staff", "Posted <time>", a second
 * headline and a photo caption ending in its credit in parentheses.
 */
import type { Line } from './clean.ts';
import type { TextSpan } from './spans.ts';

export interface PageHeader {
  title?: Line;
  deck?: Line;
  author?: string;
  publisher?: string;
  byline?: Line;
  posted?: Line;
  /** "Mar 2, 2022 1:16 PM CST" */
  postedText?: string;
  subtitle?: Line;
  caption?: Line;
  credit?: { text: string; span: TextSpan };
  /** Index of the first line after the header. */
  bodyLine: number;
}

const BYLINE = /^By\s+(.+?),[\s\u00a0]*(Newser|[A-Z][\w.]+(?: [A-Z][\w.]+)?)\s+Staff$/;
const POSTED = /^Posted\s+(.+)$/;
/** "Posted Mar 3, 2022 9:15 AM CST": a body line may start with "Posted" too, so without a byline the date must follow. */
const POSTED_DATE = /^Posted\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b/;

export function parseHeader(lines: Line[]): PageHeader | undefined {
  const nonEmpty = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.text !== '');
  const bylineAt = nonEmpty.findIndex(({ l }, k) => k < 6 && BYLINE.test(l.text));
  // Pasted without its byline, a page still opens with its title and a dated "Posted" line.
  const postedAt = bylineAt < 1 ? nonEmpty.findIndex(({ l }, k) => k < 4 && POSTED_DATE.test(l.text)) : -1;
  const anchorAt = bylineAt >= 1 ? bylineAt : postedAt;
  if (anchorAt < 1) return undefined;
  const header: PageHeader = { title: nonEmpty[0].l, bodyLine: nonEmpty[anchorAt].i + 1 };
  if (anchorAt >= 2) header.deck = nonEmpty[anchorAt - 1].l;
  let k = anchorAt;
  if (bylineAt >= 1) {
    const byline = BYLINE.exec(nonEmpty[bylineAt].l.text)!;
    header.author = byline[1].trim();
    header.publisher = byline[2];
    header.byline = nonEmpty[bylineAt].l;
    k++;
  }
  const posted = nonEmpty[k] && POSTED.exec(nonEmpty[k].l.text);
  if (posted) {
    header.posted = nonEmpty[k].l;
    header.postedText = posted[1].trim();
    k++;
  }
  // A second headline is one short line without final punctuation; a caption ends in "(credit)".
  const next = nonEmpty[k];
  if (next && !isCaption(next.l.text) && next.l.text.length < 140 && !/[.!?]$/.test(next.l.text)) {
    header.subtitle = next.l;
    k++;
  }
  const captionLine = nonEmpty[k];
  if (captionLine && isCaption(captionLine.l.text)) {
    header.caption = captionLine.l;
    const open = captionLine.l.text.lastIndexOf('(');
    const credit = captionLine.l.text.slice(open + 1, -1).trim();
    const start = captionLine.l.start + captionLine.l.text.indexOf(credit, open);
    header.credit = { text: credit, span: { start, end: start + credit.length } };
    k++;
  }
  header.bodyLine = nonEmpty[k] ? nonEmpty[k].i : lines.length;
  return header;
}

/**
 * The text as the parser should see it: the byline and "Posted" lines blanked, each opened by a line
 * break (one character for one, so offsets still index the text). Single line breaks join lines into
 * one sentence, so otherwise the deck ran on into the byline and the first line of the body took
 * "Newser Staff" or "2019 10:05 AM CDT" as its speaker.
 */
export function withoutBylineLines(text: string, header: PageHeader | undefined): string {
  let blanked = text;
  for (const line of [header?.byline, header?.posted]) {
    if (!line || line.end <= line.start) continue;
    blanked = blanked.slice(0, line.start) + '\n' + ' '.repeat(line.end - line.start - 1) + blanked.slice(line.end);
  }
  return blanked;
}

function isCaption(line: string): boolean {
  return /\([^()]{2,120}\)$/.test(line) && line.length > 60;
}
