/**
 * "The mayor told reporters the bridge would reopen in May": after a verb of telling and its
 * listener the parser sometimes hangs the reported clause as parataxis instead of a complement, since
 * no "that" opens it. When nothing but the listener stands between cue and clause (no comma, colon
 * or quotation mark, which would make it a separate sentence of the writer's) and the clause has its
 * own subject, it is what the cue reports. The day of the telling may stand between them too ("told
 * NBC News last week she would sign it", "told reporters on Monday he was leaving").
 */
import type { DependencyTree } from '../tree.ts';

/** Verbs whose object is whom they tell and that can take a "that" clause after it. */
const TELLING_VERBS = new Set(['tell', 'assure', 'warn', 'remind', 'inform', 'promise', 'convince']);
/** Words that head a phrase naming a day or time: "last week", "on Monday". */
const TIME_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|day|week|weekend|month|year|morning|afternoon|evening|night)$/i;

/** Parataxis clauses of telling verb `v` that follow its listener directly. */
export function clausesAfterListener(tree: DependencyTree, v: number): number[] {
  if (!TELLING_VERBS.has(tree.token(v).lemma.toLowerCase())) return [];
  const listener = tree.child(v, /^(obj|iobj)$/);
  if (listener === undefined || listener < v) return [];
  const listenerEnd = timePhrasesEnd(tree, v, Math.max(...tree.subtree(listener)));
  // The clause starts on the word right after the listener: no punctuation can stand between.
  return tree
    .children(v, 'parataxis')
    .filter((p) => p > listenerEnd && tree.child(p, /^nsubj/) !== undefined && Math.min(...tree.subtree(p)) === listenerEnd + 1);
}

/** Where the verb's time phrases right after `end` end ("last week", "on Monday"), or `end` when none follows. */
function timePhrasesEnd(tree: DependencyTree, v: number, end: number): number {
  const times = tree
    .children(v, /^obl/)
    .filter((o) => o > end && TIME_WORD.test(tree.token(o).word))
    .sort((a, b) => a - b);
  for (const t of times) {
    const words = tree.subtree(t);
    if (Math.min(...words) !== end + 1) break;
    end = Math.max(...words);
  }
  return end;
}
