/**
 * "Keeper Hiroshi Tanaka told the paper the bird was thin": the parser may read the outlet told and the
 * clause's subject as the two objects of "told", so the claim's content opens with the outlet. The outlet
 * is the claim's via, and the content starts after it.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { TextSpan } from '../text/spans.ts';

export interface OpeningListener {
  outlet: EntityRecord;
  /** Where the words after the outlet start: the content starts there. */
  start: number;
}

export function listenerOpeningContent(
  tree: DependencyTree,
  cue: number,
  content: TextSpan,
  outletAt: (i: number) => EntityRecord | undefined,
): OpeningListener | undefined {
  if (tree.token(cue).lemma !== 'tell') return undefined;
  for (const told of tree.children(cue, 'iobj')) {
    const words = tree.subtree(told);
    const first = tree.token(words[0]);
    const next = words.at(-1)! + 1;
    if (first.start !== content.start || next > tree.size || tree.token(next).start >= content.end) continue;
    const outlet = outletAt(told);
    if (outlet) return { outlet, start: tree.token(next).start };
  }
  return undefined;
}
