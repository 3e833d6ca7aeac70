/**
 * Attributions with no one to credit (unattributed-cues.ts: "X is expected to S", "Asked if S, X said"):
 * found, since the claim is attributed and not the writer's, but naming no claimant, since a claim with a
 * guessed speaker is worse than none. The claims drafted from them (annotation/drafts.ts) drop them.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { attributionOf, candidateSpan, cueOf, spansOverlap, type FoundAttribution, type TextSpan } from '../find.ts';
import { candidateFeatures } from '../model/features.ts';
import type { Candidate } from '../frames/frames.ts';
import { attributionProbability, type CueLexicon } from '../model/lexicon.ts';
import { findQuotes } from '../quotes/quotes.ts';
import { DependencyTree } from '../tree.ts';
import { isKeptUnattributed } from './unattributed-cues.ts';

/** Stands for the source of an attribution that names no one: the tree's root, which is no word. */
export const NO_SOURCE = 0;

/**
 * The unattributed candidates the model rates at or above its threshold, whose content no `taken`
 * attribution's content overlaps (one per cue, the likeliest), with `NO_SOURCE` as their source.
 * `proposed`: each sentence's candidates from the trees (find.ts `proposedCandidates`).
 */
export function unattributedCandidates(
  text: string,
  doc: NlpDocument,
  lexicon: CueLexicon,
  proposed: Candidate[][],
  taken: FoundAttribution[],
  inside: (s: TextSpan) => boolean,
): FoundAttribution[] {
  const quotes = findQuotes(text);
  const scored: FoundAttribution[] = [];
  for (const [i, sentence] of doc.sentences.entries()) {
    const tree = DependencyTree.of(sentence);
    for (const c of proposed[i]) {
      if (!isKeptUnattributed(tree, c)) continue;
      const span = candidateSpan(text, quotes, tree, c);
      if (!span || !inside(cueOf(tree.token(c.cue)).span)) continue;
      const p = attributionProbability(lexicon, candidateFeatures(tree, c, span, quotes));
      if (p >= lexicon.threshold) scored.push(attributionOf(tree, c, span, quotes, NO_SOURCE, p));
    }
  }
  const found: FoundAttribution[] = [];
  for (const a of scored.sort((x, y) => y.confidence - x.confidence)) {
    if (![...taken, ...found].some((k) => spansOverlap(k.content, a.content) || k.cue.span.start === a.cue.span.start)) found.push(a);
  }
  return found;
}
