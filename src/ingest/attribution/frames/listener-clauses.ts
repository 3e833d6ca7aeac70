/**
 * "The mayor told reporters the bridge would reopen in May": after a verb of telling and its
 * listener the parser sometimes hangs the reported clause as parataxis instead of a complement, since
 * no "that" opens it. When nothing but the listener stands between cue and clause (no comma, colon
 * or quotation mark, which would make it a separate sentence of the writer's) and the clause has its
 * own subject, it is what the cue reports.
 */
import type { DependencyTree } from '../tree.ts';

/** Verbs whose object is whom they tell and that can take a "that" clause after it. */
const TELLING_VERBS = new Set(['tell', 'assure', 'warn', 'remind', 'inform', 'promise', 'convince']);

/** Parataxis clauses of telling verb `v` that follow its listener directly. */
export function clausesAfterListener(tree: DependencyTree, v: number): number[] {
  if (!TELLING_VERBS.has(tree.token(v).lemma.toLowerCase())) return [];
  const listener = tree.child(v, /^(obj|iobj)$/);
  if (listener === undefined || listener < v) return [];
  const listenerEnd = Math.max(...tree.subtree(listener));
  // The clause starts on the word right after the listener: no punctuation can stand between.
  return tree
    .children(v, 'parataxis')
    .filter((p) => p > listenerEnd && tree.child(p, /^nsubj/) !== undefined && Math.min(...tree.subtree(p)) === listenerEnd + 1);
}
