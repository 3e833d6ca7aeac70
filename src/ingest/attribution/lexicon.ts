/**
 * Which cue words attribute, and through which frame, learned from PolNeAR train: for every
 * (lemma, frame) candidate the trees propose, how often it matched an annotated attribution.
 * Built by `npm run learn:cues` (src/eval/learn-cues.ts) into cue-lexicon.json beside this file.
 */
import learned from './cue-lexicon.json' with { type: 'json' };
import type { Frame } from './frames.ts';

export interface CueLexicon {
  /** What it was learned from, for the README and the eval table. */
  trainedOn: string;
  /** Smoothing weight of the frame's overall rate. */
  alpha: number;
  /** Candidates at or above this probability are kept. */
  threshold: number;
  /** `${lemma}|${frame}` → [times it matched an attribution, times proposed]. */
  counts: Record<string, [number, number]>;
  /** Per frame, over all lemmas. */
  frames: Record<string, [number, number]>;
  /** Common nouns that head sources in train ("officials", "poll"), with how often. */
  sourceNouns: Record<string, number>;
  /** First names whose gender train's "he"/"she" sources agree on, for resolving pronouns. */
  firstNames: Record<string, 'male' | 'female'>;
}

export const CUE_LEXICON = learned as unknown as CueLexicon;

/** Estimated probability that `lemma` in `frame` attributes (the frame's base rate for unseen lemmas, shrunk). */
export function cueProbability(lexicon: CueLexicon, lemma: string, frame: Frame): number {
  const [framePos, frameN] = lexicon.frames[frame] ?? [0, 1];
  const base = frameN ? framePos / frameN : 0;
  const [pos, n] = lexicon.counts[`${lemma}|${frame}`] ?? [0, 0];
  return (pos + lexicon.alpha * base * 0.5) / (n + lexicon.alpha);
}
