/**
 * Source phrases that name nobody: where the speaker cannot be named reliably, the attribution is
 * dropped rather than credited to the wrong one (a claim with the wrong speaker is worse than none).
 * Each rule was kept because, on PolNeAR train, the speaker these phrases led to was mostly not the
 * annotated one (figures in the README, Extraction accuracy).
 */
import type { DependencyTree } from '../tree.ts';
import { invertedDescription } from '../frames/subjectless-cues.ts';

/** The reader ("you"): never a speaker the article names. */
const ADDRESSEE = /^(you|your|yourself|yourselves)$/i;
/** A word that stands for a thing, never for who says it ("This shows S"): none of the 15 named on train was an annotated speaker. */
const NO_ONE = /^(what|whatever|this|these)$/i;
/**
 * Possessives that name the holder of the cue noun they own ("his attacks on S"): on train, 44 of the 66 such readings
 * the rule above dropped matched an annotation with the right speaker ("their": 2 of 5).
 */
const CUE_OWNER = /^(his|her)$/i;
/** The first person speaks for a quotation's speaker; outside quotations it is the writer. */
export const FIRST_PERSON = /^(i|me|my)$/i;

/** Shorter than this, in characters, a first-person attribution inside a quotation is an aside of the quoted speaker. */
const QUOTED_ASIDE_MAX = 40;

/**
 * A one-word pronoun source that names nobody: "you"; "what" or "this"; a possessive ("their claim that ...": the
 * possessor was the annotated speaker only about a third of the time), but for "his"/"her" owning the cue noun
 * itself ("his criticism of S", "her promise to S"; `cue`: the cue's token); "I" outside any quotation
 * (the writer of an op-ed or a memoir excerpt, whom the article does not name); "I" inside a quotation
 * whose content (`contentLength` characters) is short ('"I think it was huge."', '"I didn't post that."'):
 * an aside within the speaker's quotation, which PolNeAR does not mark as an attribution of its own
 * (on train, of 16 such named, 14 matched no annotation and 2 one of another speaker).
 */
export function namelessPronoun(
  tree: DependencyTree,
  token: number,
  insideQuotation: () => boolean,
  contentLength?: number,
  cue?: number,
): boolean {
  const t = tree.token(token);
  if (ADDRESSEE.test(t.word) || (NO_ONE.test(t.word) && /^(WP|WDT|DT)$/.test(t.pos))) return true;
  if (tree.relation(token) === 'nmod:poss' && /^PRP/.test(t.pos)) return !(tree.head(token) === cue && CUE_OWNER.test(t.word));
  if (!FIRST_PERSON.test(t.word)) return false;
  return !insideQuotation() || (contentLength !== undefined && contentLength < QUOTED_ASIDE_MAX);
}

/**
 * "They said" (or "we") for one person or one organization named before ("the NRA", "MoveOn"): on
 * train mostly someone else spoke.
 */
export function pluralForOneName(antecedent: { type: string; plural?: boolean }): boolean {
  return (antecedent.type === 'PERSON' || antecedent.type === 'ORGANIZATION') && !antecedent.plural;
}

/**
 * A common noun the frame took from a verb's object ("spent many hours explaining that ...",
 * "phoned volunteers saying ...") or an unattached word: on train about one in five was the speaker.
 * Not an inverted subject the parser took for an object ('"S," said a senior official').
 */
export function objectNoun(tree: DependencyTree, token: number): boolean {
  return (
    /^(obj|dep)$/.test(tree.relation(token)) &&
    !/^NNP/.test(tree.token(token).pos) &&
    invertedDescription(tree, tree.head(token)) !== token &&
    !speakerAfterQuotation(tree, token)
  );
}

/**
 * '"S," reads an editorial in the paper', '"S," says the ad's narrator', '"S," said a person close to
 * her': the verb follows the closing mark (or the comma after it) and hangs on the quoted clause or
 * heads it, with no subject after it (the parser may take a word of the quotation for one); the
 * noun phrase right after the verb, which the parser made its object, is the speaker.
 */
function speakerAfterQuotation(tree: DependencyTree, token: number): boolean {
  const verb = tree.head(token);
  if (tree.relation(token) !== 'obj' || token < verb) return false;
  const closing = (i: number) => i > 0 && /^(''|"|”)$/.test(tree.token(i).word);
  // Or the sentence opens with the verb: the splitter ended the quotation's sentence before it ('"S." / said X').
  if (verb !== 1 && !closing(verb - 1) && !(tree.token(verb - 1).word === ',' && closing(verb - 2))) return false;
  if (tree.head(verb) > verb || tree.children(verb, /^nsubj/).some((s) => s > verb)) return false;
  return Math.min(...tree.subtree(token)) === verb + 1;
}

/** Pronouns and quantifiers that stand for others than the quoted speaker ("they", "him", "who", "some of the families"). */
const OTHERS = /^(he|she|they|him|her|them|who|some|many|most|all|few|several|other|others)$/i;

/**
 * A third party inside a quotation ('"The senators want S," she said'; '"He told me S"'; '"Some of
 * the families claim S"'): a noun, a name, a third-person pronoun or a quantifier there is the quoted
 * speaker's account of someone. On train, of 94 such nouns, names, "he" and "she" named as sources,
 * 16 were an annotated attribution's speaker, 20 another one's, and 58 stood for no annotated
 * attribution; "they", "who" and the quantifiers named 3 more: 2 stood for no annotated
 * attribution, 1 for another speaker's.
 */
export function quotedThirdParty(tree: DependencyTree, token: number): boolean {
  const t = tree.token(token);
  return /^(NN|NNS|NNP)$/.test(t.pos) || OTHERS.test(t.word);
}
