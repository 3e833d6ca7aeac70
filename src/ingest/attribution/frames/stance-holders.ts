/**
 * Nouns that name someone by a stance they hold ("supporter", "critic"): as a copula's predicate
 * ("X is a vocal supporter of S") or after become/remain ("X became a proponent of S") the subject
 * holds that stance on what the noun's phrase names. Nouns whose such uses train annotated less than a
 * third of the time ("voice", "advocate", "fan") are left out.
 */
import { nounTargets } from './light-verbs.ts';
import type { DependencyTree } from '../tree.ts';

const STANCE_HOLDERS = new Set([
  'supporter',
  'proponent',
  'critic',
  'backer',
  'defender',
  'opponent',
  'champion',
  'sponsor',
  'booster',
  'architect',
  'campaigner',
  'foe',
  'skeptic',
  'admirer',
]);
const LINKING_VERBS = new Set(['become', 'remain']);

/**
 * The source of a stance noun that has a phrase (introduced by one of `cases`) saying what the stance is on: the copula's subject, or
 * the subject of become/remain (`subjectOf`, passed in so this file need not import frames.ts).
 */
export function stanceHolder(
  tree: DependencyTree,
  noun: number,
  cases: Set<string>,
  subjectOf: (tree: DependencyTree, verb: number) => number | undefined,
): number | undefined {
  if (!STANCE_HOLDERS.has(tree.token(noun).lemma.toLowerCase()) || nounTargets(tree, noun, cases).length === 0) return undefined;
  const subject = tree.child(noun, /^nsubj$/);
  if (subject !== undefined && tree.child(noun, 'cop') !== undefined) return subject;
  const verb = tree.head(noun);
  if (verb !== 0 && tree.relation(noun) === 'xcomp' && LINKING_VERBS.has(tree.token(verb).lemma.toLowerCase()))
    return subjectOf(tree, verb);
  return undefined;
}
