/**
 * A name the tagger calls PERSON that modifies a noun for a place's people: "Kafr Tibna residents
 * said the shelling lasted all night". Only people of a place are named so ("Harlow villagers");
 * "officials" or "aides" are left out, as a person's name modifies them too ("Obama aides"). On
 * train's 840 parses it fires on no PERSON mention.
 */
import type { NlpSentence } from '../nlp/types.ts';

const PLACE_PEOPLE = /^(?:residents|villagers|inhabitants|townspeople|townsfolk|locals)$/i;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) is a compound on a place's people. */
export function isResidentCompound(sentence: NlpSentence, begin: number, end: number): boolean {
  const inside = (i: number) => i >= begin && i < end;
  const head = sentence.dependencies.find((d) => inside(d.dependent) && !inside(d.governor));
  return !!head && head.dep === 'compound' && head.governor > 0 && PLACE_PEOPLE.test(sentence.tokens[head.governor - 1].word);
}
