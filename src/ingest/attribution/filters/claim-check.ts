/**
 * The claim check: a logistic regression (model/claim-model.json, built by `npm run learn:claimants`)
 * that estimates, from claim-features.ts, whether an attribution's claimant is the annotated speaker;
 * an attribution it doubts is dropped, since a wrong speaker is worse than none. A quotation that
 * goes on with a speaker's attribution (continued) stands or falls with it; one with no claimant
 * (unattributed.ts) names no one wrongly and is not checked, nor is a reading whose kind a hand rule
 * decides on purpose, however unsure the cue model was of it: "according to X" and a poll named by
 * "in a survey" (the according frame), a speaker's own ", which she called S" (relative-speakers.ts), a
 * person named by name reading a verb's object ("Ruiz made a plea for calm", named-person-objects.ts).
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { claimFeatures, type Claim } from '../model/claim-features.ts';
import { sparseProbability, type SparseLogistic } from '../model/sparse-logistic.ts';
import { DependencyTree } from '../tree.ts';
import { ownRelativeClause } from './relative-speakers.ts';
import { isNamedPersonObjectReading } from './named-person-objects.ts';
import learned from '../model/claim-model.json' with { type: 'json' };

export interface ClaimModel extends SparseLogistic {
  /** What it was learned from and how it cross-validated. */
  trainedOn: string;
  /** Attributions scoring below this are dropped. */
  threshold: number;
}

export const CLAIM_MODEL = learned as unknown as ClaimModel;

/** The model's probability that an attribution with these features names the annotated speaker. */
export function claimProbability(model: Pick<ClaimModel, 'bias' | 'weights'>, features: string[]): number {
  return sparseProbability(model, features);
}

/** Whether a hand rule, not the cue model's confidence, decided `a`, one of the article's attributions `all`. */
export function isRuleDecided(doc: NlpDocument, a: Claim, all: Claim[]): boolean {
  if (a.frame === 'according' || isNamedPersonObjectReading(a)) return true;
  // The outer reading's content may already end before the relative clause (trailing-clauses.ts): its cue governs the clause.
  const tree = DependencyTree.of(doc.sentences[a.sentence]);
  const governs = (b: Claim) => b !== a && b.sentence === a.sentence && tree.dominates(b.cue.token, a.cue.token);
  return all.some((b) => governs(b) && ownRelativeClause(doc, b, a));
}

/** The attributions `model` (default: claim-model.json; null: none) does not doubt. */
export function withoutDoubtedClaims<A extends Claim>(
  text: string,
  doc: NlpDocument,
  all: A[],
  model: ClaimModel | null = CLAIM_MODEL,
): A[] {
  if (!model) return all;
  const doubted = new Set(
    all.filter(
      (a) =>
        !a.continued &&
        a.claimants.length > 0 &&
        claimProbability(model, claimFeatures(text, doc, a, all)) < model.threshold &&
        !isRuleDecided(doc, a, all),
    ),
  );
  const goesOnWith = (a: A) => all.find((b) => !b.continued && b.cue.span.start === a.cue.span.start);
  return all.filter((a) => {
    if (!a.continued) return !doubted.has(a);
    const parent = goesOnWith(a);
    if (parent) return !doubted.has(parent);
    return !a.claimants.length || claimProbability(model, claimFeatures(text, doc, a, all)) >= model.threshold;
  });
}
