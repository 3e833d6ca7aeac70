/**
 * "Chief executive Dana Whitfield told investors on a call that the firm would keep studying the drug": the
 * parser may hang the "that" clause on the noun of the occasion the saying took place at ("call"), and the
 * verb is left without content. Such nouns take no "that" clause of their own after an "on/at/during"
 * phrase, so the clause is what the verb's speaker said there.
 */
import { isVerb, type DependencyTree } from '../tree.ts';

/** Nouns of a gathering or a broadcast a speaker talks at. */
const OCCASION_NOUNS = new Set([
  'call',
  'briefing',
  'hearing',
  'rally',
  'meeting',
  'conference',
  'summit',
  'event',
  'panel',
  'forum',
  'webinar',
  'podcast',
  'broadcast',
  'show',
  'program',
  'programme',
  'livestream',
  'ceremony',
  'luncheon',
  'dinner',
]);

const OCCASION_CASE = /^(on|at|during)$/i;

/** "that" clauses hung on the occasion noun of an "on/at/during" phrase of verb `v`, when `v` has no complement. */
export function complementsUnderOccasionNoun(tree: DependencyTree, v: number): number[] {
  if (!isVerb(tree.token(v)) || tree.children(v, /^(ccomp|xcomp)$/).length) return [];
  return tree
    .children(v, 'obl')
    .filter((o) => o > v && OCCASION_NOUNS.has(tree.token(o).lemma.toLowerCase()))
    .filter((o) => tree.children(o, 'case').some((k) => OCCASION_CASE.test(tree.token(k).word)))
    .flatMap((o) =>
      tree.children(o, 'ccomp').filter((c) => c > o && tree.children(c, 'mark').some((m) => m > o && /^that$/i.test(tree.token(m).word))),
    );
}
