/**
 * "The Globe's sources say S", "according to CNN's sources", "a CNN source says S": unnamed sources an
 * outlet has are heard through it, so the outlet that owns them is the claim's via.
 */
import type { DependencyTree } from '../attribution/tree.ts';

const SOURCE_NOUN = /^(source|insider)$/i;

/** The possessor or the name before a source noun ("the Globe's" in "the Globe's sources", "CNN" in "a CNN source"), which may name the outlet. */
export function sourcesOwner(tree: DependencyTree, node: number): number[] {
  return SOURCE_NOUN.test(tree.token(node).lemma) ? tree.children(node, /^(nmod:poss|compound)$/) : [];
}
