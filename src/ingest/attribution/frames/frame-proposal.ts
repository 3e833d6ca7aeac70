/** What every frame proposal shares: how it adds a candidate, and how it reads a content off the tree. */
import type { DependencyTree } from '../tree.ts';
import type { Frame } from './candidate.ts';

/** Adds the candidate unless its content is too short; says whether it did. */
export type Push = (cue: number, frame: Frame, whole: number[], source: number | undefined) => boolean;

/** Prepositions that link a noun cue to what it reports ("criticism of", "claims about"). */
export const NOUN_CUE_CASES = new Set(['of', 'about', 'on', 'over', 'against', 'for', 'to']);
/** Prepositions that link a verb or adjective cue to what it is about ("called for", "critical of"); not time or place. */
export const OBL_CUE_CASES = new Set([...NOUN_CUE_CASES, 'with', 'around', 'behind', 'between', 'toward', 'towards', 'from', 'into']);

/** The tokens under `root`, without those under `exclude`. */
export function contentTokens(tree: DependencyTree, root: number, exclude: number[] = []): number[] {
  const excluded = new Set<number>();
  for (const e of exclude) for (const t of tree.subtree(e)) excluded.add(t);
  return tree.subtree(root, (edge) => excluded.has(edge.to)).filter((t) => !excluded.has(t));
}

export function markedBy(tree: DependencyTree, clause: number, mark: string): boolean {
  return tree.children(clause, 'mark').some((m) => tree.token(m).lemma.toLowerCase() === mark);
}
