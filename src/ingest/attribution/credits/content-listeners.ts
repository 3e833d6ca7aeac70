/**
 * A listener the parser hung inside the content: in "Ana Ruiz told the AP her son was safe" the parse
 * makes "AP" a `dep` of the content's head ("safe") instead of the object of "told", so the outlet the
 * speaker told was lost. The listener is the content head's `dep` whose words start right after the cue.
 * Invented probe (18 Newser-style mini-articles, 38 outcomes), with annotation/public-occasions.ts:
 * right 24 → 25, wrong 1 → 0. PolNeAR train and dev predictions byte-identical; through extract() on
 * 54 PolNeAR train articles with such forms, no claim changed.
 */
import type { DependencyTree } from '../tree.ts';

export function listenersInContent(tree: DependencyTree, cue: number): number[] {
  return tree
    .children(cue, 'ccomp')
    .flatMap((head) => tree.children(head, 'dep'))
    .filter((d) => Math.min(...tree.subtree(d)) === cue + 1);
}
