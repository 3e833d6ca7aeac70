/**
 * "a trade that planners say will outlast the mill", "a deadline that insiders said went
 * unnoticed": the relative word is the reported clause's subject, so the parser left that clause with
 * none and hung its verb loosely on the cue (dep); it is still what the cue reports. Not where the parser made
 * the relative word the cue's object ("which they say left S"): that object's reading takes in the clause.
 */
import { DependencyTree, isVerbOrPredicate } from '../tree.ts';

const RELATIVE = /^(that|which|who)$/i;

/** The loose clause right after the cue `v` whose subject is a relative word before the cue's own subject. */
export function relativeComplements(tree: DependencyTree, v: number): number[] {
  const subject = tree.child(v, /^nsubj$/);
  if (subject === undefined || subject > v) return [];
  const relative = tree.children(v, /^(mark|dep)$/).some((r) => r < subject && RELATIVE.test(tree.token(r).word));
  if (!relative) return [];
  return tree
    .children(v, 'dep')
    .filter((c) => tree.subtree(c)[0] === v + 1 && isVerbOrPredicate(tree, c) && tree.child(c, /^nsubj/) === undefined);
}
