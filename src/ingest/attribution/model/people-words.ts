/**
 * Which words name people, in one place. WordNet (noun-classes.ts) and the gazetteer's roles and group
 * nouns decide. The predicates differ on purpose, and each name says how:
 * - on a lemma: `namesPeople` (a person or a group among its two most frequent senses), `isFirstSensePerson`
 *   (its most frequent sense a person: "the patient", "inspectors");
 * - on a parsed noun: `isPeopleNoun` (a role, a group noun, or WordNet's people), `isPeopleOrBodyNoun`
 *   (also an institution's head noun: a noun that can speak),
 *   `isUnlearnedPeoplePlural` (a plural for people the cue lexicon did not learn as a source);
 * - on a parsed token: `namesPeopleToken` (also a person's name or a personal pronoun), `canSpeak`
 *   (also any name and "he", "she", "they");
 * - on a bare word of a name's text, with no parse to give its lemma or number: `isPluralPeopleWord`
 *   ("officials", "staff"), `isSingularPersonWord` ("the narrator", "his brother"), and
 *   `isListedPeopleOrBodyWord` (the gazetteer's lists alone, no WordNet: a cited object's head).
 */
import { isGroupNoun, isPersonRole, organizationKindOfHead } from '../../entities/gazetteer.ts';
import { ownEntry } from '../../text/own-entries.ts';
import { isName } from '../sources/proper-names.ts';
import type { DependencyTree } from '../tree.ts';
import type { CueLexicon } from './lexicon.ts';
import { nounClasses } from './noun-classes.ts';

/** Whether one of a noun lemma's two most frequent senses is a person or a group of people. */
export function namesPeople(lemma: string): boolean {
  return nounClasses(lemma)
    .slice(0, 2)
    .some((c) => c === 'person' || c === 'group');
}

/** "The patient", "the victim", "inspectors" (by their lemma): a noun whose most frequent WordNet sense is a person. */
export function isFirstSensePerson(lemma: string): boolean {
  return nounClasses(lemma)[0] === 'person';
}

/** "lawyers", "the coach", "reporters": a role the gazetteer lists (by lemma), a group noun it lists, or WordNet's people. */
export function isPeopleNoun(t: { word: string; lemma: string }): boolean {
  return isPersonRole(t.lemma) || isGroupNoun(t.word) || namesPeople(t.lemma);
}

/**
 * "an unnamed EU official", "diplomats", "the ministry": a role, a group noun or an institution's head noun the
 * gazetteer lists, matched as written, so a plural role ("anchors") does not pass; no WordNet.
 */
export function isListedPeopleOrBodyWord(word: string): boolean {
  return isPersonRole(word) || isGroupNoun(word) || organizationKindOfHead(word) !== undefined;
}

/**
 * A noun that can speak: one for people ("investors", "the anchors", by the roles' lemma as in
 * `isPeopleNoun`) or an institution's head noun ("the committee", "the ministry").
 */
export function isPeopleOrBodyNoun(t: { word: string; lemma: string }): boolean {
  return isPeopleNoun(t) || isListedPeopleOrBodyWord(t.word);
}

/** Whether `source` is a plural noun for people (WordNet) that the lexicon does not know as a source. */
export function isUnlearnedPeoplePlural(tree: DependencyTree, source: number, lexicon: CueLexicon): boolean {
  const t = tree.token(source);
  const lemma = t.lemma.toLowerCase();
  return t.pos === 'NNS' && ownEntry(lexicon.sourceNouns, lemma) === undefined && namesPeople(lemma);
}

const PERSONAL_PRONOUNS = new Set(['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'they', 'them']);

/** Whether a token names people: a person's name, a personal pronoun, or a noun for people ("lawyers", "the coach", "reporters"). */
export function namesPeopleToken(tree: DependencyTree, i: number): boolean {
  const t = tree.token(i);
  if (t.ner === 'PERSON') return true;
  if (t.pos === 'PRP') return PERSONAL_PRONOUNS.has(t.word.toLowerCase());
  if (!/^NNS?$/.test(t.pos)) return false;
  return isPeopleNoun(t);
}

/** A subject that can speak: a name, "he", "she", "they", or a noun for people ("investors", "the committee"). */
export function canSpeak(tree: DependencyTree, i: number): boolean {
  const t = tree.token(i);
  if (isName(tree, i) || /^(he|she|they)$/i.test(t.word)) return true;
  if (!/^NNS?$/.test(t.pos)) return false;
  return isPeopleOrBodyNoun(t);
}

/** Nouns for the people of an institution that take no plural "s". */
const COLLECTIVE = new Set(['staff', 'crew', 'team', 'management']);

/** "officials", "aides", "staff" (a lower-case word, its plural "s" read off the spelling); not "familiar" (WordNet's noun) in "sources familiar with". */
export function isPluralPeopleWord(word: string): boolean {
  return isGroupNoun(word) || COLLECTIVE.has(word) || (/s$/.test(word) && namesPeople(word.replace(/s$/, '')));
}

/**
 * A role the gazetteer lists, or a noun whose most frequent WordNet sense is a person ("the narrator",
 * "the auctioneer"); WordNet lists no plural ("officials"), so a plural word is no one person.
 */
export function isSingularPersonWord(noun: string): boolean {
  return isPersonRole(noun) || (isFirstSensePerson(noun) && !isPluralNoun(noun));
}

/** "aides", "people": WordNet lists some plurals as lemmas of their own. */
function isPluralNoun(word: string): boolean {
  return /^(?:people|men|women|children)$/i.test(word) || (/[^s]s$/i.test(word) && nounClasses(word.slice(0, -1)).length > 0);
}
