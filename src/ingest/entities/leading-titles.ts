/**
 * A title the tagger took into a person's name: "Bishop Teresa Alvarado said", "Alderman Joe
 * Ruiz". The tagger leaves most titles out ("Pastor", "Coach", "Imam" are no part of the PERSON
 * mention) but not all, and the entity was then named with its title. The name is the words after a
 * person's role when a first name follows it and a surname after that; a pope keeps his title (the
 * name alone is no one's). On PolNeAR train's 840 parses it fires on no mention.
 */
import { firstNameGender } from '../text/first-name-gender.ts';
import { isPersonRole } from './gazetteer.ts';

/** The person's name without a role the tagger ran into it, or the name as it was. */
export function withoutLeadingTitle(name: string): string {
  const words = name.split(/\s+/);
  if (words.length < 3 || /^pope$/i.test(words[0]) || !isPersonRole(words[0]) || !firstNameGender(words[1])) return name;
  return words.slice(1).join(' ');
}
