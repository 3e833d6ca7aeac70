/**
 * "In a sharp attack on the council, the mayor called the budget reckless", "The senator closed
 * his tour in a long rant against county officials": a stance noun in a "with" or "in" phrase of
 * a verb, with a phrase saying what it is about, is the stance of that verb's subject. Only nouns
 * of a stance: the model rates many other nouns' phrases ("in response to a request", "a visit
 * to") as reports.
 */
import type { DependencyTree } from '../tree.ts';
import { verbHolding } from './stance-nouns.ts';

/** Nouns of a stance taken toward something; not "a question about", "a visit to", "a meeting with". */
const STANCE_NOUNS = new Set([
  ...['criticism', 'attack', 'rant', 'takedown', 'broadside', 'support', 'praise', 'opposition', 'defense', 'endorsement'],
  ...['protest', 'warning', 'complaint'],
]);

/** Prepositions by which a verb's subject carries a stance along ("with criticism of", "in support of"). */
const CARRYING_CASES = new Set(['with', 'in']);

/** The subject of the verb whose "with"/"in" phrase is noun cue `noun`, when the noun says (with one of `cases`) what it is about. */
export function adverbialNounSubject(
  tree: DependencyTree,
  noun: number,
  cases: Set<string>,
  subjectOf: (tree: DependencyTree, verb: number) => number | undefined,
): number | undefined {
  if (!STANCE_NOUNS.has(tree.token(noun).lemma.toLowerCase())) return undefined;
  const verb = verbHolding(tree, noun, 'obl', cases);
  if (verb === undefined || !tree.children(noun, 'case').some((k) => CARRYING_CASES.has(tree.token(k).lemma.toLowerCase())))
    return undefined;
  return subjectOf(tree, verb);
}
