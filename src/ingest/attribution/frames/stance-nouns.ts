/**
 * Nouns that state a stance ("support", "criticism", "concerns") as the object of a verb: "X voiced
 * support for S", "X raised concerns about S". The verb's subject holds the stance on what the
 * noun's phrase names, unless the verb receives it ("X faced criticism over S").
 */
import { nounTargets } from './light-verbs.ts';
import { isVerb, type DependencyTree } from '../tree.ts';

const STANCE_NOUNS = new Set(['support', 'praise', 'criticism', 'opposition', 'critique', 'defense', 'doubt', 'concern', 'fear']);
/** Verbs whose subject is the stance's target, not its holder. */
export const RECEIVING_VERBS = new Set([
  ...['face', 'draw', 'receive', 'field', 'earn', 'get', 'win', 'attract', 'garner', 'court', 'seek', 'need', 'want'],
  ...['weather', 'endure', 'deserve', 'invite', 'provoke', 'spark', 'prompt', 'generate'],
]);

/** The subject of the verb whose object is the stance noun `noun`, when the noun has a phrase (introduced by one of `cases`) saying what it is on. */
export function stanceNounSubject(
  tree: DependencyTree,
  noun: number,
  cases: Set<string>,
  subjectOf: (tree: DependencyTree, verb: number) => number | undefined,
): number | undefined {
  if (!STANCE_NOUNS.has(tree.token(noun).lemma.toLowerCase())) return undefined;
  const verb = verbHolding(tree, noun, 'obj', cases);
  if (verb === undefined || RECEIVING_VERBS.has(tree.token(verb).lemma.toLowerCase())) return undefined;
  return subjectOf(tree, verb);
}

/** The verb whose `relation` (obj, obl) is `noun`, when the noun has a phrase (introduced by one of `cases`) saying what it is on. */
export function verbHolding(tree: DependencyTree, noun: number, relation: string, cases: Set<string>): number | undefined {
  const verb = tree.head(noun);
  if (verb === 0 || tree.relation(noun) !== relation || !isVerb(tree.token(verb))) return undefined;
  return nounTargets(tree, noun, cases).length === 0 ? undefined : verb;
}
