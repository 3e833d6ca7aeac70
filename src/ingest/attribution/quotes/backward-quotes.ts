/**
 * The quotation a sentence of only speaker and cue reads back to ('"Can we win?" Ms. Ruiz asked.'): the one
 * closing right before the sentence. The splitter ends a sentence at a quotation's closing '?' or '!', so
 * such a quotation is the next sentence's. One that stands a paragraph before, or closes on a full stop
 * before a verb that is not one of speaking ('..." Perez disagreed.'), is a finished quotation of its own
 * (often the previous speaker's, continued): the verb after it reports a stance, not those words.
 */
import type { TextSpan } from '../../text/spans.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';

export function quoteBefore(text: string, quotes: TextSpan[], offset: number, cueLemma: string): TextSpan | undefined {
  const q = quotes.find((q) => q.end <= offset && /^[”"’'\s]*$/.test(text.slice(q.end, offset)));
  if (!q || /\n\s*\n/.test(text.slice(q.end, offset))) return undefined;
  return /\.\s*$/.test(text.slice(q.start, q.end)) && !SPEECH_VERBS.has(cueLemma) ? undefined : q;
}
