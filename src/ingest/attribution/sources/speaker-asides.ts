/**
 * Words in a speaker's phrase that say something about the speaker but are no part of the name:
 * a list of members ("Critics, including economist Li Mei, argue"; "Some makers, such as Velora,
 * said") and a reflexive for emphasis ("Wang himself told Xinhua", "Marsh herself said").
 */
import type { DependencyTree } from '../tree.ts';

const MEMBER_MARKERS = /^(including|such|like|among)$/i;
const REFLEXIVE = /^(him|her|them|it|one)sel(f|ves)$/i;

/** Whether the edge from the phrase's head `from` to `child` hangs such an aside on the speaker `head`. */
export function isSpeakerAside(tree: DependencyTree, head: number, from: number, child: number): boolean {
  if (from !== head) return false;
  if (REFLEXIVE.test(tree.token(child).word) && tree.token(child).pos === 'PRP') return true;
  return isNamedMember(tree, head, child);
}

/**
 * The names the speaker's phrase lists as its members ("Critics, including economist Li Mei"): each
 * speaks with the group, as a claimant beside it.
 */
export function namedMembers(tree: DependencyTree, head: number): number[] {
  return tree.children(head).filter((child) => isNamedMember(tree, head, child) && /^NNPS?$/.test(tree.token(child).pos));
}

/** "including X", "such as X", "like X" after the speaker's head: X is one of the speakers, not part of the group's name. */
function isNamedMember(tree: DependencyTree, head: number, child: number): boolean {
  return (
    /^nmod/.test(tree.relation(child)) &&
    child > head &&
    tree.children(child, 'case').some((k) => MEMBER_MARKERS.test(tree.token(k).word) && k < child)
  );
}
