/**
 * A quotation set as a paragraph of its own, with its speaker named on the next line after a dash, as
 * pull quotes and notebook items print them:
 *
 *   "The new ferry dock will pay for itself within a decade."
 *
 *   - Harbor commissioner Lena Ortiz.
 *
 * No verb of saying stands anywhere, so no frame proposes the line; the dash is the cue, the name the
 * source, the quotation the content. A dashed name after a paragraph of prose is the writer's byline,
 * not a speaker, so the paragraph before must be the quotation and nothing else.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { cueOf, type FoundAttribution, type TextSpan } from '../find.ts';
import { DependencyTree } from '../tree.ts';

/** Below the model's usual threshold, as for other quotations no frame gave to anyone. */
const CONFIDENCE = 0.5;
/** The quotation opens its paragraph (after the opening mark). */
const OPENS_PARAGRAPH = /(^|\n[^\S\n]*\n)[^\S\n]*(“|"|``|'')$/;
/** The quotation closes its paragraph, and the next paragraph opens with a dash and a capitalized word. */
const UP_TO_DASHED_LINE = /^(”|"|'')[.!?]?[^\S\n]*\n[^\S\n]*\n\s*(?=[-—–][^\S\n]?[A-Z])/;

/** The quotation read as the speaker's whom the dashed line below it names. */
export function bylineSpeakerReading(text: string, doc: NlpDocument, quote: TextSpan): FoundAttribution | undefined {
  if (!OPENS_PARAGRAPH.test(text.slice(Math.max(0, quote.start - 12), quote.start))) return undefined;
  const upToDash = UP_TO_DASHED_LINE.exec(text.slice(quote.end, quote.end + 40));
  if (!upToDash) return undefined;
  const dashOffset = quote.end + upToDash[0].length;
  for (const s of doc.sentences) {
    const dash = s.tokens.find((t) => t.start === dashOffset);
    if (!dash) continue;
    const tree = DependencyTree.of(s);
    let source = tree.head(dash.index);
    while (source && tree.relation(source) === 'compound') source = tree.head(source);
    if (!source || !tree.token(source).pos.startsWith('NNP')) return undefined;
    return { sentence: s.index, cue: cueOf(dash), frame: 'quote', content: [quote], source, confidence: CONFIDENCE };
  }
  return undefined;
}
