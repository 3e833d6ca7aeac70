/**
 * "The Globe's sources say S", "according to CNN's sources": unnamed sources an outlet has are heard
 * through it, so the outlet that owns them is the claim's via.
 */
import type { DependencyTree } from '../attribution/tree.ts';

const SOURCE_NOUN = /^(source|insider)$/i;

/** The possessor of a source noun ("the Globe's" in "the Globe's sources"), which may name the outlet. */
export function sourcesOwner(tree: DependencyTree, node: number): number[] {
  return SOURCE_NOUN.test(tree.token(node).lemma) ? tree.children(node, 'nmod:poss') : [];
}
