/**
 * The pronoun ranker learned from PolNeAR train: a logistic regression over the features of
 * pronoun-features.ts that scores each earlier name as the antecedent of a pronoun source; the best
 * one is taken when it scores at least `minScore`, else the attribution is dropped. Built by
 * `npm run learn:pronouns` (src/eval/learn-pronouns.ts) into pronoun-model.json beside this file.
 */
import learned from './pronoun-model.json' with { type: 'json' };
import type { PronounClass } from './pronoun-features.ts';
import { sparseProbability, type SparseLogistic } from '../model/sparse-logistic.ts';

export interface PronounModel extends SparseLogistic {
  /** What it was learned from and how it cross-validated, for the README. */
  trainedOn: string;
  /** The pronouns it resolves; the others keep the hand rules of sources.ts. */
  classes: PronounClass[];
  /** Below this probability the best candidate is not taken and the pronoun names nobody. */
  minScore: number;
}

export const PRONOUN_MODEL = learned as unknown as PronounModel;

export function antecedentProbability(model: Pick<PronounModel, 'bias' | 'weights'>, features: string[]): number {
  return sparseProbability(model, features);
}
