import type { NlpDocument } from '../../nlp/types.ts';
import type { Attribution } from '../attribution.ts';
import type { FoundAttribution, TextSpan } from '../find.ts';
import { bylineSpeakerReading } from './byline-speakers.ts';
import { closingSpeakerReading } from './closing-speakers.ts';

/** Quotations no kept attribution holds, followed by their own named speaker's clause ('"S," said one official') or dashed line. */
export function closedQuotes(
  text: string,
  doc: NlpDocument,
  quotes: TextSpan[],
  kept: Attribution[],
  inside: (s: TextSpan) => boolean,
): FoundAttribution[] {
  return quotes
    .filter((q) => inside(q) && q.end - q.start >= 12 && !kept.some((k) => k.content.some((s) => s.start < q.end && q.start < s.end)))
    .map((q) => closingSpeakerReading(text, doc, q) ?? bylineSpeakerReading(text, doc, q))
    .filter((c): c is FoundAttribution => c !== undefined && !kept.some((k) => k.sentence === c.sentence && k.cue.token === c.cue.token));
}
