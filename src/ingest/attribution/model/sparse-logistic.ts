/**
 * The learned models' common form (the cue model, the pronoun ranker, the claim check): a logistic
 * regression over sparse binary features, learned by src/eval/logistic.ts and stored as JSON.
 */
import { ownEntry } from '../../text/own-entries.ts';

export interface SparseLogistic {
  bias: number;
  /** Feature → weight; features not listed weigh nothing. */
  weights: Record<string, number>;
}

/** The model's probability for an example with these features. */
export function sparseProbability(model: SparseLogistic, features: string[]): number {
  let z = model.bias;
  for (const f of features) z += ownEntry(model.weights, f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
