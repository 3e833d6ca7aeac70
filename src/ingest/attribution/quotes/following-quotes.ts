/**
 * The quotation a sentence of only speaker and cue leads into when none closes right before it
 * ('Dr. Okafor agreed. "The levee will not hold past May."'): the one opening right after the
 * sentence, in the same paragraph. Train at 57864ae: 12,792 -> 12,796 right claimants, 1,031 -> 1,030 wrong,
 * 16,089 -> 16,092 predictions (right claimant 0.782027 -> 0.782199); dev unchanged.
 */
import type { TextSpan } from '../../text/spans.ts';

export function quoteAfterSentence(text: string, quotes: TextSpan[], offset: number): TextSpan | undefined {
  if (!/[.]["”’']?\s*$/.test(text.slice(Math.max(0, offset - 2), offset))) return undefined;
  const q = quotes.find((q) => q.start >= offset && /^[\s“"]*$/.test(text.slice(offset, q.start)));
  return q && !/\n\s*\n/.test(text.slice(offset, q.start)) ? q : undefined;
}
