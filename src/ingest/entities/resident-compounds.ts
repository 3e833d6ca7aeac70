/**
 * A name the tagger calls PERSON that modifies a noun for a place's people: "Kafr Tibna residents
 * said the shelling lasted all night". Only people of a place are named so ("Harlow villagers");
 * "officials" or "aides" are left out, as a person's name modifies them too ("Obama aides"). On
 * train's 840 parses it fires on no PERSON mention.
 */
import type { NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';

const PLACE_PEOPLE = /^(?:residents|villagers|inhabitants|townspeople|townsfolk|locals)$/i;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) is a compound on a place's people. */
export function isResidentCompound(sentence: NlpSentence, begin: number, end: number): boolean {
  const tree = DependencyTree.of(sentence);
  const top = mentionTop(tree, begin, end);
  return top !== undefined && tree.relation(top) === 'compound' && PLACE_PEOPLE.test(tree.token(tree.head(top)).word);
}
