/**
 * A name the tagger calls PERSON that owns a town's offices is the town: "Tyler's police chief said",
 * "Madison's mayor said", "Jackson's water utility said", "Austin's city council voted". A person has
 * no mayor or city council; the tagger guesses PERSON for a city named like a person. The owned noun
 * must be one only a place has (mayor, police, sheriff, city hall, airport), or an office's noun
 * whose compound says it is a town's ("city council", "school board", "water utility", "transit
 * agency"). A name the text gives a title or a first name (person-names.ts) stays a person's, so
 * "Erdogan's police" after "Recep Tayyip Erdogan" is not a place.
 */
import type { NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';

/** Nouns that only a place owns. */
const PLACE_ONLY_NOUN = /^(?:mayor|mayors|sheriff|police|airport|harbor|harbour|downtown|waterfront|suburbs|outskirts)$/i;
/** An office's noun, a town's when a compound below says so. */
const OFFICE_NOUN =
  /^(?:council|board|district|department|chief|manager|utility|agency|authority|hall|commission|commissioner|officials|system|superintendent)$/i;
const TOWN_COMPOUND = /^(?:city|town|county|municipal|school|transit|water|police|fire|parks|port)$/i;

/** Whether the mention of tokens [begin, end) (1-based, end exclusive) owns, by "'s", a town's office. */
export function isPlacePossessor(sentence: NlpSentence, begin: number, end: number): boolean {
  const tree = DependencyTree.of(sentence);
  const top = mentionTop(tree, begin, end);
  if (top === undefined || tree.relation(top) !== 'nmod:poss') return false;
  const owned = tree.head(top);
  const noun = tree.token(owned);
  if (!/^NNS?$/.test(noun.pos)) return false;
  if (PLACE_ONLY_NOUN.test(noun.word)) return true;
  return OFFICE_NOUN.test(noun.word) && tree.children(owned, 'compound').some((c) => TOWN_COMPOUND.test(tree.token(c).word));
}
