/**
 * A name the tagger calls PERSON that modifies a lowercase noun for a built place in a definite
 * phrase names that place, not a person: "the Benito Villamarin stadium", "the Murtala Mohammed
 * naval base", "the Hadley dam". Stadiums, bases, airports and bridges are often named after
 * people, and the tagger then types the honoured name PERSON.
 */
import type { NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';

const FACILITY =
  /^(?:stadium|arena|ballpark|racetrack|airport|airfield|airbase|base|barracks|bridge|dam|tunnel|canal|reservoir|harbou?r|prison|hospital|lighthouse)$/;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) names a facility: "the X stadium". */
export function isFacilityCompound(sentence: NlpSentence, begin: number, end: number): boolean {
  const tree = DependencyTree.of(sentence);
  const top = mentionTop(tree, begin, end);
  if (top === undefined || tree.relation(top) !== 'compound') return false;
  const head = tree.head(top);
  const noun = tree.token(head);
  if (noun.pos !== 'NN' || !FACILITY.test(noun.word)) return false;
  const determiner = tree.child(head, 'det');
  return determiner !== undefined && tree.token(determiner).lemma.toLowerCase() === 'the';
}
