/**
 * The attribution model learned from PolNeAR train: a logistic regression over the candidate
 * features of features.ts, with the threshold chosen by cross-validation, plus the source nouns and
 * first-name genders train's annotations teach. Built by `npm run learn:cues` (src/eval/learn-cues.ts)
 * into cue-lexicon.json beside this file.
 */
import learned from './cue-lexicon.json' with { type: 'json' };
import { sparseProbability, type SparseLogistic } from './sparse-logistic.ts';

export interface CueLexicon extends SparseLogistic {
  /** What it was learned from, for the README and the eval table. */
  trainedOn: string;
  /** Candidates at or above this probability are kept. */
  threshold: number;
  /** Common nouns that head sources in train ("officials", "poll"), with how often. */
  sourceNouns: Record<string, number>;
  /** First names whose gender train's "he"/"she" sources agree on, for resolving pronouns. */
  firstNames: Record<string, 'male' | 'female'>;
}

export const CUE_LEXICON = learned as unknown as CueLexicon;

/** The model's probability that a candidate with these features attributes. */
export function attributionProbability(lexicon: Pick<CueLexicon, 'bias' | 'weights'>, features: string[]): number {
  return sparseProbability(lexicon, features);
}
