/**
 * The entity type of an NER mention. NER's tag gives it (ner-types.ts) unless the article shows
 * otherwise: a name given after "known as" takes that type, a body the tagger called a place is an
 * organization, a surname it called a place or an organization a person; a PERSON-tagged name may be
 * a place, a militia, an armed or political body, a business or a plural ("the Halvorsens", "Millennials say"), and a
 * lawmaker named by party ("the Utah Republican", not "the Republican nomination") may be tagged
 * ORGANIZATION, and so may a town whose residents are named ("Residents of Kawasaki") or a road or
 * square named after a person ("on Habib Bourguiba Avenue"); a place- or organization-tagged name
 * only ever written before nouns, "people" or "tribe" among them, is that people ("the Masalit people"). A policy or a disease the tagger took for
 * a person or a place ("Obamacare", "the Zika virus") is no entity.
 */
import type { NlpDocument, NlpEntityMention, NlpSentence } from '../nlp/types.ts';
import { mistaggedSurnames } from './mistagged-surnames.ts';
import { quotedNicknames } from './quoted-nicknames.ts';
import { businessPossessiveNames } from './business-possessives.ts';
import { describedBusinessNames } from './described-businesses.ts';
import { appositiveBodyNames } from './appositive-bodies.ts';
import { personNamedBusinesses } from './person-named-businesses.ts';
import { companyActingNames } from './company-acting-names.ts';
import { armedGroupNames } from './armed-group-compounds.ts';
import { knownAsTypes } from './known-as-names.ts';
import { placeTaggedBodyNames } from './place-tagged-bodies.ts';
import { placeShapedNames } from './person-tagged-places.ts';
import { organizationTaggedTowns } from './organization-tagged-towns.ts';
import { organizationTaggedStreets } from './organization-tagged-streets.ts';
import { isMilitiaName } from './militia-names.ts';
import { isBodyHeadedName } from './body-headed-names.ts';
import { isPluralName } from './plural-names.ts';
import { partyMemberMentionType } from './party-members.ts';
import { typeOfNer } from './ner-types.ts';
import { coinedThingNames } from './coined-thing-names.ts';
import { pluralSubjectNames } from './plural-subject-names.ts';
import { peopleNamedNames } from './people-named-names.ts';
import type { EntityType } from './registry.ts';

export type MentionType = (sentence: NlpSentence, mention: NlpEntityMention) => EntityType | undefined;

/** The type test for the article's mentions, with what the whole article shows read once. */
export function mentionTypes(doc: NlpDocument): MentionType {
  const places = placeShapedNames(doc);
  // A surname the tagger calls a place or an organization, a nickname in quotes inside a name.
  const people = new Set([...mistaggedSurnames(doc), ...quotedNicknames(doc)]);
  const businesses = new Set([
    ...businessPossessiveNames(doc),
    ...describedBusinessNames(doc),
    ...appositiveBodyNames(doc),
    ...personNamedBusinesses(doc),
    ...companyActingNames(doc),
  ]);
  const armedGroups = armedGroupNames(doc);
  const namedAs = knownAsTypes(doc);
  const placeTaggedBodies = placeTaggedBodyNames(doc);
  const towns = organizationTaggedTowns(doc);
  const streets = organizationTaggedStreets(doc);
  const things = coinedThingNames(doc);
  const pluralSubjects = pluralSubjectNames(doc);
  const peoples = peopleNamedNames(doc);
  return (s, m) => {
    if (things.has(m.text)) return undefined;
    const tokens = s.tokens.slice(m.tokenBegin - 1, m.tokenEnd - 1);
    const person = m.ner === 'PERSON';
    return (
      namedAs.get(m.text) ??
      (placeTaggedBodies.has(m.text) ? 'Organization' : undefined) ??
      (m.ner === 'ORGANIZATION' && (towns.has(m.text) || streets.has(m.text)) ? 'Place' : undefined) ??
      (peoples.has(m.text) ? 'Group' : undefined) ??
      (people.has(m)
        ? 'Person'
        : person && places.has(m.text)
          ? 'Place'
          : person && (isMilitiaName(m.text) || isBodyHeadedName(m.text) || businesses.has(m.text) || armedGroups.has(m.text))
            ? 'Organization'
            : person && (isPluralName(tokens, s.tokens[m.tokenBegin - 2], s.tokens[m.tokenEnd - 1]) || pluralSubjects.has(m.text))
              ? 'Group'
              : ((m.ner === 'ORGANIZATION' ? partyMemberMentionType(s, m) : undefined) ?? typeOfNer(m.ner)))
    );
  };
}
