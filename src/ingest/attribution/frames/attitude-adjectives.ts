/**
 * "The senator is eager to hold hearings", "the union was quick to back the mayor": a predicate
 * adjective with a `to` clause states its subject's attitude to that clause, as "wants to" would.
 * Not an adjective of likelihood, ability or order ("is likely to win", "was unable to pass",
 * "was the first to call"): those are the writer's forecast or report, not the subject's stance.
 */
import { DependencyTree } from '../tree.ts';

const NOT_ATTITUDES = new Set([
  'likely',
  'unlikely',
  'certain',
  'sure',
  'bound',
  'due',
  'set',
  'poised',
  'slated',
  'able',
  'unable',
  'eligible',
  'ineligible',
  'fortunate',
  'lucky',
  'first',
  'last',
  'next',
  'only',
  'free',
  'apt',
  'liable',
  'hard',
  'easy',
  'difficult',
  'impossible',
  'possible',
  'favorite',
  'underway',
  'enough',
]);

/** The `to` clauses after predicate adjective `v` that state its subject's attitude. */
export function attitudeClauses(tree: DependencyTree, v: number): number[] {
  const adjective = tree.token(v).lemma.toLowerCase();
  // "big enough to", "too weak to": a degree, not an attitude.
  const degree = tree.children(v, 'advmod').some((m) => /^(enough|too)$/i.test(tree.token(m).word));
  if (NOT_ATTITUDES.has(adjective) || degree) return [];
  return tree.children(v, 'xcomp').filter((x) => x > v && tree.children(x, 'mark').some((m) => tree.token(m).lemma === 'to'));
}
