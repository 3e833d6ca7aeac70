/**
 * The entity type of a speaker the attribution stage described rather than named. A definite
 * singular role ("the country's police chief") is a Person, an indefinite one ("a Pentagon official")
 * or a plural a Group; a demonym, a party's member, a militia, a body named in the plural and the
 * police (an institution whose noun agrees in the plural) keep their own readings.
 */
import type { ResolvedSource } from '../attribution/index.ts';
import { demonymSpeakerType, indefiniteMemberSpeakerType } from './demonym-speakers.ts';
import { partyMemberType } from './party-members.ts';
import { isMilitiaName } from './militia-names.ts';
import { isPluralBodyName } from './plural-body-names.ts';
import { isSingularPersonWord } from '../attribution/model/people-words.ts';
import type { EntityType } from './registry.ts';

/** Institutions named by a plural-agreeing noun ("police say"): the parse reads them as a group of people. */
const COLLECTIVE_INSTITUTION = /^(?:(?:the|[A-Z][\w.'’-]*)\s+)*police$/i;

/** The type of the speaker `source` names, read off its mention's and its name's words without a closing day. */
export function speakerEntityType(source: ResolvedSource, mentionText: string, sourceName: string): EntityType {
  return (
    demonymSpeakerType(mentionText, source.type === 'PERSON') ??
    indefiniteMemberSpeakerType(mentionText, source.type === 'ORGANIZATION') ??
    (source.type === 'ORGANIZATION' ? partyMemberType(mentionText) : undefined) ??
    (source.type === 'PERSON' && isMilitiaName(mentionText) ? 'Organization' : undefined) ??
    (source.type === 'GROUP' && isPluralBodyName(mentionText) ? 'Organization' : undefined) ??
    (source.type === 'PERSON' || (source.type === 'GROUP' && isOnePerson(mentionText))
      ? 'Person'
      : source.type === 'ORGANIZATION' || (source.type === 'GROUP' && COLLECTIVE_INSTITUTION.test(sourceName))
        ? 'Organization'
        : source.type === 'PLACE'
          ? 'Place'
          : 'Group')
  );
}

/** "the", "this", a possessive ("the country's", "Donald Trump's", "his"): the description points at one referent. */
const DEFINITE = /^(?:the|this|that|his|her|their|its)\s|^[^,]*?\w['’]s?\s/i;
const INDEFINITE = /^(?:a|an|another|one|some|several|many|two|three|four)\s/i;

/** The description's head noun: "the father of one of the women" → "father", "the country's police chief" → "chief". */
function headNoun(description: string): string {
  const beforeModifiers = description.split(/\s+(?:of|who|which|that|in|at|for|from|with|familiar)\s+|,/i)[0];
  return beforeModifiers.trim().split(/\s+/).at(-1) ?? '';
}

/**
 * "The country's police chief", "the father of one of the women", "his brother": a definite
 * description headed by a singular role names one person. "A Pentagon official" or "one official"
 * stands for an unnamed member of a body (Group), as do plurals ("officials").
 */
function isOnePerson(mention: string): boolean {
  return DEFINITE.test(mention) && !INDEFINITE.test(mention) && isSingularPersonWord(headNoun(mention));
}
