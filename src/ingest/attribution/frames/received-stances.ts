/**
 * A stance someone receives from others: "Ruiz drew sharp criticism from the council", "the bill has the
 * backing of most growers", "Okafor enjoys strong support among retirees", "her support among retirees".
 * The noun's giver ("from"/"among" phrase, or "of" after a noun of support) holds the stance; what the verb's
 * subject or the noun's possessor names is what it is on, as in the passive "Ruiz was criticised by the council".
 */
import { isVerb, type DependencyTree } from '../tree.ts';
import { RECEIVING_VERBS } from './stance-nouns.ts';

/** Nouns of a stance that can be given; with those of support, "of" names the giver ("the backing of X"), not the target. */
const SUPPORT_NOUNS = new Set(['support', 'backing', 'endorsement', 'approval']);
const GIVEN_NOUNS = new Set([...SUPPORT_NOUNS, 'criticism', 'praise', 'condemnation', 'rebuke', 'opposition', 'attack', 'scorn']);
const RECEIVERS = new Set([...RECEIVING_VERBS, 'have', 'enjoy', 'gain', 'secure', 'pick', 'land', 'consolidate']);
/** A stance only hoped for or denied: "will need the support of", "has not won the backing of". */
const UNREAL = /^(to|will|would|may|might|could|can|should|must|not|n't|never|no)$/i;

export interface ReceivedStance {
  source: number;
  /** The subject of the receiving verb: who or what the stance is on. */
  content: number;
}

export function receivedStance(tree: DependencyTree, noun: number): ReceivedStance | undefined {
  const lemma = tree.token(noun).lemma.toLowerCase();
  if (!GIVEN_NOUNS.has(lemma) || tree.relation(noun) !== 'obj') return undefined;
  const verb = tree.head(noun);
  const v = tree.token(verb);
  // "is facing criticism from X": a progressive is as real as "faces".
  const progressive = v.pos === 'VBG' && tree.children(verb, 'aux').some((a) => tree.token(a).lemma.toLowerCase() === 'be');
  if (!isVerb(v) || !(/^(VBD|VBZ|VBP|VBN)$/.test(v.pos) || progressive) || !RECEIVERS.has(v.lemma.toLowerCase())) return undefined;
  const unreal = [...tree.children(verb, /^(aux|mark|advmod)$/), ...tree.children(noun, 'det')];
  if (unreal.some((a) => UNREAL.test(tree.token(a).word))) return undefined;
  const subject = tree.child(verb, /^nsubj$/);
  if (subject === undefined || /^W/.test(tree.token(subject).pos)) return undefined;
  const givers = SUPPORT_NOUNS.has(lemma) ? /^(from|among|of)$/i : /^(from|among)$/i;
  const source = [...tree.children(noun, 'nmod'), ...tree.children(verb, 'obl')].find(
    (g) => g > noun && tree.children(g, 'case').some((k) => givers.test(tree.token(k).word)),
  );
  return source === undefined ? undefined : { source, content: subject };
}

/** "Okafor's strong support among retirees": a noun of support with its possessor and an "among" phrase. */
export function possessedSupport(tree: DependencyTree, noun: number): ReceivedStance | undefined {
  if (!SUPPORT_NOUNS.has(tree.token(noun).lemma.toLowerCase())) return undefined;
  const content = tree.child(noun, 'nmod:poss');
  const source = tree
    .children(noun, 'nmod')
    .find((g) => g > noun && tree.children(g, 'case').some((k) => /^among$/i.test(tree.token(k).word)));
  return content === undefined || source === undefined ? undefined : { source, content };
}
