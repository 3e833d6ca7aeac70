/**
 * "Dawes's agent told Yahoo Sports his client had not been told of any deal": with no "that", the parser
 * may hang the reported clause on the listener's name (a `dep` or `parataxis` of "Sports") instead of on
 * the verb, and the verb is left without content. A clause with its own subject that starts on the word
 * right after the listener's own words is what the verb reports.
 */
import { isVerb, type DependencyTree } from '../tree.ts';

const HUNG_CLAUSE = /^(dep|parataxis)$/;

/** Clauses hung on the listener (object) of telling verb `v` right after the listener's words. */
export function clausesHungOnListener(tree: DependencyTree, v: number): number[] {
  if (tree.token(v).lemma.toLowerCase() !== 'tell') return [];
  const listener = tree.child(v, /^(obj|iobj)$/);
  if (listener === undefined || listener < v) return [];
  return tree.children(listener, HUNG_CLAUSE).filter((c) => {
    if (c < listener || !isVerb(tree.token(c)) || tree.child(c, /^nsubj/) === undefined) return false;
    const clause = new Set(tree.subtree(c));
    const listenerEnd = Math.max(...tree.subtree(listener).filter((t) => !clause.has(t)));
    return Math.min(...clause) === listenerEnd + 1;
  });
}
