/**
 * "Asked by X whether S, Y said": X asks. The tree gives the bare participle no subject, and the one
 * `subjectOf` lends it from the main clause (Y) was asked; the agent of "by" is who asks.
 */
import type { Candidate } from './candidate.ts';
import type { DependencyTree } from '../tree.ts';

export function askerOf(tree: DependencyTree, c: Candidate): number | undefined {
  if (c.lemma !== 'ask' || tree.token(c.cue).pos !== 'VBN' || tree.child(c.cue, /^(nsubj|aux)/) !== undefined) return undefined;
  return byPhrases(tree, c.cue).find((o) => /^(NN|NNS|NNP|NNPS|PRP)$/.test(tree.token(o).pos));
}

/** The phrases introduced by "by" hanging on verb `v` ("asked by reporters"): who does what its passive tells. */
export function byPhrases(tree: DependencyTree, v: number): number[] {
  return tree.children(v, /^obl/).filter((o) => tree.hasCase(o, 'by'));
}
