/**
 * A name the tagger calls PERSON that is what fighters take or shell: "Rebels captured Dar Salima",
 * "troops shelled Harem al-Jadid". One takes a town, not a person, with these verbs ("lost" is left
 * out: it took two people on train, "when we lost" a son). On train's 840 parses it fires on no PERSON
 * mention (a pronoun tagged PERSON, "it captures her", is left out).
 */
import type { NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';

const TAKING_VERB =
  /^(?:capture[sd]?|capturing|seize[sd]?|seizing|retake[sn]?|retook|retaking|recapture[sd]?|recapturing|overr[au]n|overrunning|storm(?:s|ed|ing)?|besieg(?:e|es|ed|ing)|shell(?:s|ed|ing)?|bombard(?:s|ed|ing)?|pound(?:s|ed|ing)?|encircl(?:e|es|ed|ing))$/i;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) is the object of a verb of taking ground. */
export function isTakenPlace(sentence: NlpSentence, begin: number, end: number): boolean {
  const tree = DependencyTree.of(sentence);
  let top = mentionTop(tree, begin, end);
  // "Rebels seized Qabun and Harzeh": a later conjunct is taken with the first.
  if (top !== undefined && tree.relation(top) === 'conj') top = tree.head(top);
  if (top === undefined || tree.relation(top) !== 'obj') return false;
  const verb = tree.token(tree.head(top));
  if (/^PRP/.test(tree.token(top).pos)) return false;
  return /^VB/.test(verb.pos) && TAKING_VERB.test(verb.word);
}
