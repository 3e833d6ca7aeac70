/**
 * "Stern warnings from county engineers about the dam", "quiet unease among the donors over the
 * cost": a noun of stance or speech with no possessor may name who holds it in a "from", "by" or
 * "among" phrase, followed by the phrase or the "that" clause saying what the stance is on. The holder is the noun's
 * source, as the possessor is in "the engineers' warnings about the dam"; the cue model weighs the
 * noun itself, so nouns that state no stance ("a loan from the bank for the roof") stay under its threshold.
 */
import type { DependencyTree } from '../tree.ts';
import { nounTargets, type NounTarget } from './light-verbs.ts';

const HOLDER_CASES = /^(from|by|among)$/i;
/** Prepositions of a target phrase the parser may hang on the holder instead ("warnings from engineers about the dam"). */
const HOLDER_TARGET_CASES = new Set(['about', 'over', 'against']);
/** "stumbles by the senator over the past few days": a span of time is no target. */
const TIME_NOUNS = /^(hour|day|night|week|weekend|month|year|decade|period|time)s?$/i;

/** The holder phrase of noun `noun` and the target phrases after it (introduced by one of `cases`); undefined when either is missing. */
export function holderPhrase(
  tree: DependencyTree,
  noun: number,
  cases: Set<string>,
): { source: number; targets: NounTarget[] } | undefined {
  if (!/^NNS?$/.test(tree.token(noun).pos) || tree.child(noun, 'nmod:poss') !== undefined) return undefined;
  const source = tree
    .children(noun, 'nmod')
    .find((n) => n > noun && tree.children(n, 'case').some((k) => HOLDER_CASES.test(tree.token(k).word)));
  if (source === undefined) return undefined;
  const targets = [
    ...nounTargets(tree, noun, cases).filter((t) => t.phrase > source && !rangeEnd(tree, t)),
    ...nounTargets(tree, source, HOLDER_TARGET_CASES),
    ...[noun, source].flatMap((n) => thatClauses(tree, n, source)),
  ].filter((t) => !TIME_NOUNS.test(tree.token(t.phrase).lemma));
  return targets.length === 0 ? undefined : { source, targets };
}

/** "complaints from the growers that the tariff hurts them": a "that" clause after the holder, on the noun or misparsed onto the holder. */
function thatClauses(tree: DependencyTree, n: number, holder: number): NounTarget[] {
  return tree
    .children(n, /^(acl|ccomp)$/)
    .filter((c) => c > holder && tree.token(tree.subtree(c)[0]).word.toLowerCase() === 'that') // the parser may tag it WDT
    .map((phrase) => ({ phrase, cases: [] }));
}

/** "spread from the coast to the mountains": a "to" phrase after a "from" holder ends a range. */
function rangeEnd(tree: DependencyTree, t: NounTarget): boolean {
  return t.cases.some((k) => tree.token(k).lemma.toLowerCase() === 'to');
}

/**
 * The target's words before its first comma: "warnings from doctors about the virus, which spreads
 * fast" is about the virus, and a misparse may hang the rest of the sentence on the phrase.
 */
export function beforeComma(tree: DependencyTree, content: number[]): number[] {
  const comma = content.find((t) => tree.token(t).word === ',');
  return comma === undefined ? content : content.filter((t) => t < comma);
}
