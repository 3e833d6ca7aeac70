/**
 * A speaker the parser hung below the cue as an object or a loose dependent right of it ('"S," said
 * Dana Ruiz', 'asked a county clerk', 'notes the Washington Post'): the inverted subject, the speaker
 * after a cue opening its sentence and the speaker closing the sentence all look for it this way.
 */
import { DependencyTree } from '../tree.ts';

/** The first object or loose dependent right of the cue `v` that `isSpeaker` accepts. */
export function speakerObjectAfter(
  tree: DependencyTree,
  v: number,
  isSpeaker: (tree: DependencyTree, i: number) => boolean,
): number | undefined {
  return tree.children(v, /^(obj|iobj|xcomp|dep|obl:npmod)$/).find((o) => o > v && isSpeaker(tree, o));
}
