/**
 * "Governor Lin Says The Bridge Will Open\nGovernor Ada Lin said on Monday that …": a headline with
 * no closing stop and the paragraph under it are two statements, and PolNeAR never runs a content
 * across a line break (1 of train's 19,832 contents does). The parser can join the two lines into
 * one sentence, and one reading then takes both. Train: 12,811 → 12,812 right claimants, no more wrong.
 */
import type { TextSpan } from '../../text/spans.ts';
import { wordCount, type TextReading } from './content-ends.ts';

/** Words the content keeps on its cue's side of the break, at least. */
const MIN_WORDS = 2;

/** Cuts each content span at the line break on its cue's side: the first after a cue before it, the last before one after it (in place). */
export function cutAtLineBreaks(text: string, readings: TextReading[]): void {
  for (const a of readings) {
    if (!a.continued) a.content = a.content.map((s) => onCueSide(text, s, a.cue.span));
  }
}

function onCueSide(text: string, s: TextSpan, cue: TextSpan): TextSpan {
  const stretch = text.slice(s.start, s.end);
  if (!stretch.includes('\n')) return s;
  let part = s;
  if (cue.end <= s.start) part = { start: s.start, end: s.start + stretch.indexOf('\n') };
  else if (s.end <= cue.start) part = { start: s.start + stretch.lastIndexOf('\n') + 1, end: s.end };
  const words = text.slice(part.start, part.end);
  if (part === s || wordCount(words) < MIN_WORDS) return s;
  const lead = words.length - words.trimStart().length;
  return { start: part.start + lead, end: part.start + lead + words.trim().length };
}
