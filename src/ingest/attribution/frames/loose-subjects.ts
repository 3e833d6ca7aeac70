/**
 * '"S," Devine declared': the parser can leave the name before a verb with no subject as a loose
 * dependent (dep) of the verb; standing right before it, that name is the verb's subject.
 */
import { isName } from '../sources/proper-names.ts';
import type { DependencyTree } from '../tree.ts';

/** The name hung on `verb` as a dep, whose phrase ends right before the verb, when the verb has no subject. */
export function looseNameSubject(tree: DependencyTree, verb: number): number | undefined {
  if (tree.child(verb, /^nsubj/) !== undefined) return undefined;
  return tree.children(verb, 'dep').find((d) => d < verb && isName(tree, d) && Math.max(...tree.subtree(d)) === verb - 1);
}
