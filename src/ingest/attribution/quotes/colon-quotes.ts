/**
 * The quotation after a colon that closes the cue's sentence, when the frame's content is only the
 * few words before the colon ('The mayor issued the following statement: "We will rebuild."',
 * 'Ruiz called them on it: "S"'): the words the colon announces, even across a paragraph break.
 * Train at 36c9a08: 12,796 -> 12,800 right claimants, 1,030 wrong unchanged, 16,092 -> 16,095 predictions
 * (right claimant 0.782199 -> 0.782372); dev unchanged.
 */
import type { TextSpan } from '../../text/spans.ts';
import type { Candidate } from '../frames/candidate.ts';
import type { DependencyTree } from '../tree.ts';

const MAX_WORDS = 4;

export function quoteAfterColon(text: string, quotes: TextSpan[], tree: DependencyTree, c: Candidate): TextSpan | undefined {
  const colon = tree.size;
  if (tree.token(colon).word !== ':' || !c.content.length || c.content.length > MAX_WORDS) return undefined;
  if (Math.max(...c.content) !== colon - 1) return undefined;
  const offset = tree.token(colon).end;
  return quotes.find((q) => q.start >= offset && /^[\s“"]*$/.test(text.slice(offset, q.start)));
}
