/**
 * "Prosecutors offered no comment on the case", "The museum offered no details about how it got the
 * piece": giving no comment or no details is declining to say anything; the reading's content would be
 * the refusal. "offered few specifics" and "showed no sign of S" keep their readings (PolNeAR marks
 * them); PolNeAR train has no reading of a comment or details refused.
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

const WITHHELD = new Set(['comment', 'detail', 'explanation']);

/** A reading whose object is "no comment", "no details" or "no explanation". */
export function isDeclinedComment(tree: DependencyTree, a: CueReading): boolean {
  if (a.frame !== 'obj') return false;
  return tree
    .children(a.cue.token, 'obj')
    .some(
      (o) =>
        WITHHELD.has(tree.token(o).lemma.toLowerCase()) && tree.children(o, 'det').some((d) => tree.token(d).word.toLowerCase() === 'no'),
    );
}
