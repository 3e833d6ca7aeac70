import type { NlpDocument } from '../../nlp/types.ts';
import type { Attribution } from '../attribution.ts';
import type { TextSpan } from '../find.ts';
import { closingSpeechVerb } from './closing-speakers.ts';
import { pointedBackByNextSentence } from './pointed-back-quotes.ts';

/** Quotations after a speaker's attribution in the same paragraph, credited to nobody else. */
export function continuedQuotes(
  text: string,
  doc: NlpDocument,
  quotes: TextSpan[],
  kept: Attribution[],
  inside: (s: TextSpan) => boolean,
): Attribution[] {
  const out: Attribution[] = [];
  const quoted = (k: Attribution) => k.content.some((s) => quotes.some((q) => q.start < s.end && s.start < q.end));
  for (const q of quotes) {
    if (!inside(q) || q.end - q.start < 12) continue;
    // Only a quotation that stands as its own sentence: '"We are getting hundreds of calls."'
    if (
      !/(^|[.!?]["”]?\s+|\n\s*)["“]?$/.test(text.slice(Math.max(0, q.start - 3), q.start)) ||
      !/^[.!?,]?["”]/.test(text.slice(q.end - 1, q.end + 2).replace(/^[^.!?,"”]/, ''))
    )
      continue;
    // '"S2," said another official': its own speaker follows it, though no reading of that clause stood.
    if (closingSpeechVerb(text, doc, q) || pointedBackByNextSentence(text, doc, q)) continue;
    if (
      kept.some(
        (k) => k.content.some((s) => s.start < q.end && q.start < s.end) || (k.cue.span.start >= q.start && k.cue.span.end <= q.end),
      )
    )
      continue;
    const before = [...kept, ...out].filter((k) => k.cue.span.end <= q.start).sort((x, y) => x.cue.span.start - y.cue.span.start);
    const previous = continuedAttribution(before, quoted);
    if (!previous || /\n\s*\n/.test(text.slice(previous.cue.span.end, q.start))) continue;
    out.push({ ...previous, content: [q], confidence: Math.round(previous.confidence * 0.8 * 1000) / 1000, continued: true });
  }
  return out;
}

/**
 * The attribution a quotation goes on with, of those whose cues stand before it (in order): the latest,
 * or the last of its sentence whose content was a quotation ('"S1," Park said, referring to X. "S2."': said).
 */
function continuedAttribution(before: Attribution[], quoted: (a: Attribution) => boolean): Attribution | undefined {
  const latest = before.at(-1);
  if (!latest || quoted(latest)) return latest;
  return before.filter((k) => k.sentence === latest.sentence && quoted(k)).at(-1) ?? latest;
}
