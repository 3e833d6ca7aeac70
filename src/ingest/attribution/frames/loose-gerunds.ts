/**
 * 'Mr. Lind reported raising $2 million in May', 'Ms. Ortiz supports expanding the program': a
 * gerund right after the cue is what the cue reports, but the parser left it as a loose `dep`
 * rather than the cue's complement, so no frame read it.
 */
import { DependencyTree } from '../tree.ts';

/** The gerund hung as a loose dependent right after the cue `v` (an adverb may stand between). */
export function looseGerund(tree: DependencyTree, v: number): number | undefined {
  return tree
    .children(v, 'dep')
    .find(
      (c) =>
        tree.token(c).pos === 'VBG' &&
        c > v &&
        c - v <= 2 &&
        tree.child(c, /^(nsubj|mark)/) === undefined &&
        (c === v + 1 || tree.token(v + 1).pos === 'RB'),
    );
}
