/**
 * A name the tagger calls PERSON that modifies a noun for a place's people: "Kafr Tibna residents
 * said the shelling lasted all night". Only people of a place are named so ("Harlow villagers");
 * "officials" or "aides" are left out, as a person's name modifies them too ("Obama aides"). So is
 * a name right before "resident" or "native" ("Hydra resident Eleni Pappas"). On
 * train's 840 parses it fires on no PERSON mention.
 */
import type { NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';

const PLACE_PEOPLE = /^(?:residents|villagers|inhabitants|townspeople|townsfolk|locals)$/i;
/** One of a place's people written right after its name, before the person's own ("Hydra resident Eleni Pappas"). */
const PLACE_PERSON = /^(?:resident|residents|native|villager|villagers|inhabitant)$/i;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) is a compound on a place's people. */
export function isResidentCompound(sentence: NlpSentence, begin: number, end: number): boolean {
  // The parser hangs the name on the person's name there, and "resident" on it as an adjective.
  if (PLACE_PERSON.test(sentence.tokens[end - 1]?.word ?? '') && sentence.tokens[end - 1].ner === 'O') return true;
  const tree = DependencyTree.of(sentence);
  const top = mentionTop(tree, begin, end);
  return top !== undefined && tree.relation(top) === 'compound' && PLACE_PEOPLE.test(tree.token(tree.head(top)).word);
}
