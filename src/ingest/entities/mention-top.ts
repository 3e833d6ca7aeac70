/**
 * The word a name mention hangs on the rest of its sentence by: in "Rebels seized Dar Salima", "Salima"
 * (its head "seized" lies outside the mention). A mention that holds the sentence's root hangs on
 * nothing, and its top is the root, whatever other word of it hangs outside.
 */
import { DependencyTree } from '../attribution/tree.ts';

/** The top word of the mention of tokens [begin, end) (1-based, end exclusive); none in an unparsed sentence. */
export function mentionTop(tree: DependencyTree, begin: number, end: number): number | undefined {
  const inside = (i: number) => i >= begin && i < end;
  const root = tree.child(0, 'ROOT');
  if (root !== undefined && inside(root)) return root;
  for (let i = begin; i < end; i++) if (tree.head(i) !== 0 && !inside(tree.head(i))) return i;
  return undefined;
}
