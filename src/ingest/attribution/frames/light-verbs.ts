/**
 * Phrases a noun cue is about or aimed at: its own 'of'/'about'/... phrases ("criticism of S"), and, when the
 * noun is a light verb's object, an 'against' phrase the parser hung on the verb ("leveled charges against X").
 */
import { DependencyTree, isVerb } from '../tree.ts';
import { subjectOf } from './cue-subjects.ts';

/** Prepositions that name whom a light verb's noun is aimed at ('at' is more often a place: "a speech at the college"). */
const AIMED_AT_CASES = new Set(['against']);

export interface NounTarget {
  phrase: number;
  /** The phrase's prepositions that introduce it, left out of the content. */
  cases: number[];
}

function target(tree: DependencyTree, phrase: number, cases: Set<string>): NounTarget | undefined {
  const kase = tree.children(phrase, 'case').filter((k) => cases.has(tree.token(k).lemma.toLowerCase()));
  return kase.length ? { phrase, cases: kase } : undefined;
}

/** The phrases after `noun` that say what it is about, introduced by one of `cases`, or what a light verb aims it at. */
export function nounTargets(tree: DependencyTree, noun: number, cases: Set<string>): NounTarget[] {
  const own = new Set([...cases, ...AIMED_AT_CASES]);
  const phrases = tree.children(noun, 'nmod').flatMap((n) => (n > noun ? (target(tree, n, own) ?? []) : []));
  const verb = tree.head(noun);
  if (verb === 0 || tree.relation(noun) !== 'obj' || !isVerb(tree.token(verb))) return phrases;
  const aimed = tree.children(verb, 'obl').flatMap((o) => (o > noun ? (target(tree, o, AIMED_AT_CASES) ?? []) : []));
  return [...phrases, ...aimed].sort((a, b) => a.phrase - b.phrase);
}

/** "unleashed attacks against X": the phrases a light verb's noun is aimed at, which make the verb's subject its source. */
export function aimedTargets(tree: DependencyTree, noun: number): NounTarget[] {
  return nounTargets(tree, noun, new Set());
}

/** "He made the observation that S", "unleashed attacks against X": the noun's verb speaks. */
export function lightVerbSubject(tree: DependencyTree, noun: number): number | undefined {
  const verb = tree.head(noun);
  if (verb === 0 || tree.relation(noun) !== 'obj' || !isVerb(tree.token(verb))) return undefined;
  if (tree.children(noun, /^(ccomp|acl)$/).length === 0 && aimedTargets(tree, noun).length === 0) return undefined;
  return subjectOf(tree, verb);
}
