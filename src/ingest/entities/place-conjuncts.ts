/**
 * A name the tagger calls PERSON that is joined by "and" or "or" to a place under a preposition of
 * place is a place too: "crews moved into Sulphur and Jennings", "teams in Shreveport and in
 * Jackson", "the villages of Kafr Halab and Tal Hadiya", "residents of Puerto Montt and nearby Osorno";
 * also the first of two ends of a stretch "between" ("the coast between Valdivia and Chiloe Island").
 * The first conjunct is a place by its tag, by the rules of place-shaped-persons.ts, or an untagged
 * proper noun after in, into, near and the like. A person is joined to a place too ("ties to Russia
 * and Putin"), but is named in full first, so a name that a longer person's name holds, or one given
 * a title or first name, is left alone.
 */
import type { NlpDocument, NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';
import { personNameTest } from './person-names.ts';
import { typeOfNer } from './ner-types.ts';

const LOCATIVE = /^(?:in|into|to|near|around|from|outside|at|across|through|toward|towards)$/i;
const PLACES_NOUN = /^(?:towns|villages|cities|suburbs|districts|provinces|regions|neighbou?rhoods|residents|villagers|inhabitants)$/i;
/** A word of nearness the second place may take ("Puerto Montt and nearby Osorno"). */
const NEARBY = /^(?:nearby|neighbou?ring)$/i;

/** Whether the word heads a phrase of place: after a locative preposition, or "of" on a plural place noun or its people's. */
function underPlacePreposition(tree: DependencyTree, word: number): boolean {
  const preposition = tree.child(word, 'case');
  if (preposition === undefined) return false;
  const said = tree.token(preposition).word;
  return LOCATIVE.test(said) || (/^of$/i.test(said) && PLACES_NOUN.test(tree.token(tree.head(word))?.word ?? ''));
}

/** PERSON names of the text joined to a place; `places` holds the PERSON names other rules found to be places. */
export function placeConjunctNames(doc: NlpDocument, places: Set<string>): Set<string> {
  const persons = doc.sentences.flatMap((s) => s.entityMentions.filter((m) => m.ner === 'PERSON').map((m) => ({ s, m })));
  const isPersonName = personNameTest(doc);
  const names = new Set<string>();
  for (const { s, m } of persons) {
    if (places.has(m.text) || isPersonName(m.text)) continue;
    if (joinedToPlace(s, m.tokenBegin, m.tokenEnd, places)) names.add(m.text);
  }
  return names;
}

function joinedToPlace(sentence: NlpSentence, begin: number, end: number, places: Set<string>): boolean {
  const tree = DependencyTree.of(sentence);
  const top = mentionTop(tree, begin, end);
  if (top !== undefined && isFirstOfTwoPlaces(sentence, tree, top, end)) return true;
  if (top === undefined || tree.relation(top) !== 'conj') return false;
  const first = tree.head(top);
  if (!underPlacePreposition(tree, first) || !joinedRightAfter(sentence, first, begin, end)) return false;
  const token = tree.token(first);
  const mention = sentence.entityMentions.find((m) => m.tokenBegin <= first && first < m.tokenEnd);
  if (mention) return typeOfNer(mention.ner) === 'Place' || places.has(mention.text);
  return /^NNP/.test(token.pos) && token.ner === 'O';
}

/**
 * "the coast between Valdivia and Chiloe Island": a stretch between two points whose second the
 * tagger calls a place, with only "and" between them. Only "between", where the two are ends of one
 * stretch; a person named with a place after other prepositions ("ties to Putin and Russia") stays.
 */
function isFirstOfTwoPlaces(sentence: NlpSentence, tree: DependencyTree, top: number, end: number): boolean {
  const preposition = tree.child(top, 'case');
  if (preposition === undefined || !/^between$/i.test(tree.token(preposition).word)) return false;
  if (!/^and$/i.test(sentence.tokens[end - 1]?.word ?? '')) return false;
  const place = sentence.entityMentions.find((m) => m.tokenBegin === end + 1);
  if (place === undefined || typeOfNer(place.ner) !== 'Place') return false;
  // The place is the name's conjunct: its head word lies inside the place's mention.
  return tree.children(top, 'conj').some((c) => c >= place.tokenBegin && c < place.tokenEnd);
}

/**
 * "into Sulphur and Jennings", "in Shreveport and in Jackson": only "and" or "or" (and a preposition)
 * between the two, and no preposition after the name. A misparse joins a list of people to the place
 * before it ("reporting by X in Orlando, Y and Z in Washington", "in Iowa and Thom Tillis in North
 * Carolina"): a comma, a title or a place of the name's own sets them apart.
 */
function joinedRightAfter(sentence: NlpSentence, first: number, begin: number, end: number): boolean {
  const mention = sentence.entityMentions.find((m) => m.tokenBegin <= first && first < m.tokenEnd);
  const between = sentence.tokens.slice((mention?.tokenEnd ?? first + 1) - 1, begin - 1);
  const joined =
    between.length > 0 && between.every((t, i) => (i === 0 ? /^(?:and|or)$/i.test(t.word) : LOCATIVE.test(t.word) || NEARBY.test(t.word)));
  return joined && !/^(?:IN|TO)$/.test(sentence.tokens[end - 1]?.pos ?? '');
}
