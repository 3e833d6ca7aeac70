/**
 * A name the tagger calls PERSON that an appositive describes as a place: "Government jets struck
 * Tarvesh, a rebel-held town north of Qalmun". The parser may hang the appositive on the direction
 * word ("north", with "town" its compound), so a place noun there counts too; elsewhere a compound
 * does not ("Ana Ruiz, a city councilwoman" is headed by "councilwoman"). On train's 840 parses (US
 * politics) it fires on no PERSON mention.
 */
import type { NlpSentence } from '../nlp/types.ts';

const PLACE_NOUN =
  /^(?:town|towns|village|city|suburb|district|neighbou?rhood|province|region|municipality|hamlet|enclave|port|capital|stronghold|settlement|county)$/i;
const DIRECTION = /^(?:(?:north|south)(?:east|west)?|east|west|outside|near)$/i;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) has an appositive headed by a place noun. */
export function hasPlaceAppositive(sentence: NlpSentence, begin: number, end: number): boolean {
  const word = (i: number) => sentence.tokens[i - 1]?.word ?? '';
  return sentence.dependencies.some((d) => {
    if (d.dep !== 'appos' || d.governor < begin || d.governor >= end || (d.dependent >= begin && d.dependent < end)) return false;
    if (PLACE_NOUN.test(word(d.dependent))) return true;
    return (
      DIRECTION.test(word(d.dependent)) &&
      sentence.dependencies.some((c) => c.governor === d.dependent && c.dep === 'compound' && PLACE_NOUN.test(word(c.dependent)))
    );
  });
}
