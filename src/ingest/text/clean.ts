/**
 * Splits an article into lines and paragraphs, separating the Newser page header and
 * boilerplate (app-install prompts, newsletter sign-ups) from content. Nothing is copied
 * out of context: every piece is a span of the original text.
 */
import type { Paragraph, TextSpan } from './spans.ts';

export interface Line extends TextSpan {
  text: string;
}

const BOILERPLATE_LINES: RegExp[] = [
  /^get the news faster\.?$/i,
  /^tap to install our app\.?$/i,
  /^x$/i,
  /^install the .{1,40} app$/i,
  /^in (two|2) easy steps:?$/i,
  /^\d\.\s*tap .*$/i,
  /^register now\b.*$/i,
  /^(sign up|subscribe)\b.*\b(newsletter|inbox|email)\b.*$/i,
  // A sign-up prompt is short and reports no saying: "…, their association said in a newsletter." is the article's.
  /^(?!.*\b(?:said|says|wrote|writes|told|tells|reported|reports)\b).{0,60}\bnewsletter\b.{0,60}$/i,
  /^advertisement$/i,
];

/** Link prompts inside a paragraph: "(More Russia-Ukraine war stories.)", "Click for more ...". */
const INLINE_PROMPTS = /\(More [^()]{1,80} stories\.?\)|Click (?:through |here )?for [^.]{1,80}\./g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0] === '' && match.index >= text.length) break;
    const raw = match[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.replace(/^[\s\u00a0]+/, '').length;
    const trimmed = raw.trim();
    lines.push({ start: match.index + lead, end: match.index + lead + trimmed.length, text: trimmed });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return lines;
}

export function isBoilerplateLine(line: string): boolean {
  return line.length > 0 && BOILERPLATE_LINES.some((re) => re.test(line));
}

/** Contiguous boilerplate blocks, one span per block; blank lines inside a block are absorbed. */
export function boilerplateBlocks(lines: Line[]): TextSpan[] {
  const blocks: TextSpan[] = [];
  let current: TextSpan | undefined;
  for (const line of lines) {
    if (line.text === '') continue;
    if (isBoilerplateLine(line.text)) {
      if (current) current.end = line.end;
      else current = { start: line.start, end: line.end };
    } else if (current) {
      blocks.push(current);
      current = undefined;
    }
  }
  if (current) blocks.push(current);
  return blocks;
}

/** Groups non-empty, non-boilerplate lines from `fromLine` into paragraphs split by blank lines. */
export function contentParagraphs(lines: Line[], fromLine: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (const line of lines.slice(fromLine)) {
    if (line.text === '' || isBoilerplateLine(line.text)) {
      if (current) paragraphs.push(current);
      current = undefined;
      continue;
    }
    if (current) current.end = line.end;
    else current = { start: line.start, end: line.end };
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

export function inlinePrompts(text: string, paragraphs: Paragraph[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const p of paragraphs) {
    const slice = text.slice(p.start, p.end);
    for (const m of slice.matchAll(INLINE_PROMPTS)) spans.push({ start: p.start + m.index, end: p.start + m.index + m[0].length });
  }
  return spans;
}
