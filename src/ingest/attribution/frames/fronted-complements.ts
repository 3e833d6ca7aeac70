/**
 * "Like many growers who expect S1, Lee said he was planting S2" / "While he said S1, Park said S2": the
 * parser can hang a fronted phrase or clause on the cue as a second complement; where the cue has one
 * right after it, that one is what the cue reports and the fronted one is none of it.
 */
import { DependencyTree } from '../tree.ts';

/** The cue `v`'s clausal complements, without one before it when another opens right after it. */
export function ownComplements(tree: DependencyTree, v: number): number[] {
  const complements = tree.children(v, 'ccomp');
  const inverted = tree.child(v, /^nsubj/) === undefined;
  const after = complements.some((c) => c > v && tree.subtree(c)[0] === v + 1 && !(inverted && namedSubject(tree, c)));
  return after ? complements.filter((c) => c > v || !endsAtCommaBefore(tree, c, v)) : complements;
}

/** '"S," said Ann Ruiz, noting S2': a clause after a subjectless cue whose subject is a name is the inverted speaker's. */
function namedSubject(tree: DependencyTree, c: number): boolean {
  const subject = tree.child(c, /^nsubj/);
  return subject !== undefined && /^NNPS?$/.test(tree.token(subject).pos);
}

/** `p`'s phrase ends at a comma before the cue `v`. */
export function endsAtCommaBefore(tree: DependencyTree, p: number, v: number): boolean {
  const last = tree.subtree(p).at(-1)!;
  return last + 1 < v && tree.token(last + 1).word === ',';
}
