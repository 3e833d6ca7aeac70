/**
 * "X said S, according to Y": Y's report holds X's saying, and S is Y's claim with it. An attribution
 * whose cue stands inside an "according to" content of its sentence gives way to it, and that content
 * widens to take in what the inner one said ('"S," Pence said, according to audio of the meeting').
 * PolNeAR marks these as one attribution of Y, the inner verb unmarked. An outlet's or an office's
 * report is left to the caller: it carries the inner speaker's claim instead (its `via`).
 */
import type { TextSpan } from '../../text/spans.ts';

interface Reported {
  sentence: number;
  cue: { lemma: string; span: TextSpan };
  content: TextSpan[];
}

/** `kept` without the attributions an "according to" report of their sentence holds; those reports' contents widened in place. */
export function absorbIntoAccording<A extends Reported>(text: string, kept: A[], carries: (a: A) => boolean): A[] {
  const held = new Set<A>();
  for (const report of kept) {
    if (report.cue.lemma !== 'accord' || report.content.length !== 1 || carries(report)) continue;
    const span = report.content[0];
    for (const inner of kept) {
      if (inner === report || held.has(inner) || inner.sentence !== report.sentence) continue;
      if (inner.cue.span.start < span.start || inner.cue.span.end > span.end) continue;
      // "X cites Y (S, according to Z)": a report in parentheses holds only what they enclose.
      if (opensBefore(text, inner.cue.span.end, report.cue.span.start)) continue;
      held.add(inner);
      span.start = Math.min(span.start, ...inner.content.map((s) => s.start));
      span.end = Math.max(span.end, ...inner.content.filter((s) => s.start < report.cue.span.start).map((s) => s.end));
    }
  }
  return kept.filter((a) => !held.has(a));
}

/** A parenthesis opens between `from` and `to` and is still open at `to`. */
function opensBefore(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (const ch of text.slice(from, to)) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}
