/**
 * An occasion set off by commas on the speaker: "Consumer advocate Ines Baptiste, in an interview with
 * CNN, said S", "The mayor, in a statement to the Post, said S". The parser hangs the occasion on the
 * speaker's name (nmod), where the rules reading the cue's own circumstances do not look.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import { occasionListeners } from './interview-occasions.ts';
import { OCCASIONS } from './said-on.ts';

const LISTENER_CASE = /^(with|to|for|on)$/i;

/** The phrases that may name the outlet of an occasion hung on the speaker's word `node`. */
export function speakerOccasions(tree: DependencyTree, node: number): number[] {
  const introduced = (n: number, how: RegExp) => tree.children(n, 'case').some((k) => how.test(tree.token(k).word));
  return tree
    .children(node, /^nmod/)
    .filter((o) => OCCASIONS.has(tree.token(o).lemma.toLowerCase()) && introduced(o, /^in$/i) && afterComma(tree, o))
    .flatMap((o) => occasionListeners(tree, o, LISTENER_CASE));
}

/** The occasion's phrase opens right after a comma: an aside, not a description of the speaker. */
function afterComma(tree: DependencyTree, occasion: number): boolean {
  const first = Math.min(...tree.subtree(occasion));
  return first > 1 && tree.token(first - 1).word === ',';
}
