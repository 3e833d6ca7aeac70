/**
 * Names the tagger calls PERSON that are places by their shape or their place in the sentence:
 * "Mount Kessra erupted", "the Varna River", "Saint-Aubrac-sur-Mer", and the object of a
 * preposition on a noun of the people, offices or buildings of a place ("residents of Dalbeck",
 * "police in Harrowgate", "a hospital in Jasper"), or of "near" or "outside" ("a checkpoint near
 * Dera Ghazi Khan"), and a "Sidi" name after a preposition of place ("in Sidi Marwan"). The three-class
 * tagger guesses PERSON for an unfamiliar capitalised word.
 * On train's 840 parses it fires on 3 PERSON mentions, all places ("people in Fort Pierce", "the
 * suburb of Warren"); of the 111 other PERSON objects of in/at/near, nearly all name people
 * ("an ally in X", "aimed at X"), so the governor must be a place's people or offices; no PERSON
 * name there follows "near" or "outside" (stop 49), and none is the object of a building's noun
 * (hospital, prison, hotel, airport, school; stop 51), nor of "island" or "isle" (stop 53).
 */
import type { NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';
import { isArabicPlaceAfterPreposition, startsWithArabicPlaceWord } from './arabic-place-prefixes.ts';

/** A first or last word that only a place's name carries (not "Lake" or "Bay", which are surnames too). */
export const PLACE_FIRST = /^(?:Mount|Mt\.?|Lake|Cape)$/;
export const PLACE_LAST = /^(?:River|Mountains|Valley|Island|Islands|Creek|Canyon|Peninsula|Strait|Desert|Glacier|Falls|County|Province)$/;
/** "Saint-Aubrac-sur-Mer", "Stratford-upon-Avon": a hyphenated name joined by a lowercase particle. */
const PARTICLE_JOINED = /\p{Lu}[\p{L}]*-(?:sur|sous|en|le|la|les|de|du|des|am|an|upon|on|by)-\p{Lu}/u;

/** Nouns for the people, offices or buildings of a place, whose "of"/"in"/"from" object is the place. */
const OF_PLACE_NOUN =
  /^(?:residents?|inhabitants|villagers|townspeople|citizens|people|police|officials|authorities|mayor|outskirts|streets|suburbs?|center|centre|town|city|village|island|isle|province|region|district|port|hospitals?|clinic|prison|jail|hotel|airport|school)$/i;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) is a place by its shape or its governor. */
export function isPlaceShaped(sentence: NlpSentence, begin: number, end: number, name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 1 && (PLACE_FIRST.test(words[0]) || PLACE_LAST.test(words.at(-1)!))) return true;
  if (PARTICLE_JOINED.test(name) || startsWithArabicPlaceWord(words)) return true;
  const tree = DependencyTree.of(sentence);
  const top = mentionTop(tree, begin, end);
  const preposition = top === undefined ? undefined : tree.child(top, 'case');
  const word = preposition ? tree.token(preposition).word.toLowerCase() : '';
  if (/^(?:near|outside)$/.test(word) && /^NNP/.test(sentence.tokens[end - 2]?.pos ?? '')) return true;
  if (isArabicPlaceAfterPreposition(words, word)) return true;
  if (top === undefined || tree.relation(top) !== 'nmod') return false;
  return /^(?:of|in|from)$/.test(word) && OF_PLACE_NOUN.test(tree.token(tree.head(top)).word);
}
