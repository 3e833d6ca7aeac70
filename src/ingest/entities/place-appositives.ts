/**
 * A name the tagger calls PERSON that an appositive describes as a place: "Government jets struck
 * Tarvesh, a rebel-held town north of Qalmun". The parser may hang the appositive on the direction
 * word ("north", with "town" its compound), so a place noun there counts too; elsewhere a compound
 * does not ("Ana Ruiz, a city councilwoman" is headed by "councilwoman"). On train's 840 parses (US
 * politics) it fires on no PERSON mention.
 */
import type { NlpSentence } from '../nlp/types.ts';
import { DependencyTree, tokenRange } from '../attribution/tree.ts';

const PLACE_NOUN =
  /^(?:town|towns|village|city|suburb|district|neighbou?rhood|province|region|municipality|hamlet|enclave|port|capital|stronghold|settlement|county)$/i;
const DIRECTION = /^(?:(?:north|south)(?:east|west)?|east|west|outside|near)$/i;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) has an appositive headed by a place noun. */
export function hasPlaceAppositive(sentence: NlpSentence, begin: number, end: number): boolean {
  const tree = DependencyTree.of(sentence);
  const word = (i: number) => sentence.tokens[i - 1]?.word ?? '';
  const placeAppositive = (a: number) =>
    PLACE_NOUN.test(word(a)) || (DIRECTION.test(word(a)) && tree.children(a, 'compound').some((c) => PLACE_NOUN.test(word(c))));
  return tokenRange(begin, end - 1).some((g) => tree.children(g, 'appos').some((a) => (a < begin || a >= end) && placeAppositive(a)));
}
