/**
 * A speaker named by an article and a people's adjective alone ("A Mexican said the army had
 * opened fire", "an Iraqi told the AP", "The Yemeni said in a video") is one unnamed person of that
 * people, a Group as the other indefinite descriptions; the parse tags the capitalised adjective a
 * proper noun, which made it an organization.
 */
import { countryOfDemonym } from './gazetteer.ts';
import type { EntityType } from './registry.ts';

/**
 * 'Group' for "a Mexican", "an Iraqi", and for "the Yemeni" when the speaker was not found to be a
 * person named before (then "the Yemeni" is that person); undefined for anything else.
 */
export function demonymSpeakerType(mention: string, namedPerson = false): EntityType | undefined {
  const adjective = (namedPerson ? /^(?:an?|one)\s+(\p{Lu}[\p{L}-]*)$/iu : /^(?:an?|one|the)\s+(\p{Lu}[\p{L}-]*)$/iu).exec(mention)?.[1];
  return adjective && countryOfDemonym(adjective) ? 'Group' : undefined;
}

/**
 * 'Group' for "A Guatemalan who works on a banana farm" when the tagger left the word untagged (the
 * source came from its proper-noun head): no body's name takes "a", so one capitalised word after
 * it, alone or before "who", is one member of a people, faith or party the gazetteer may not list.
 */
export function indefiniteMemberSpeakerType(mention: string, untaggedProperNoun: boolean): EntityType | undefined {
  return untaggedProperNoun && /^[Aa]n?\s+\p{Lu}[\p{L}-]*(?:\s+who\b.*)?$/u.test(mention) ? 'Group' : undefined;
}
