/**
 * The gender a person noun gives a description ("a woman", "the father of two"), where the noun
 * has one: a described speaker is no antecedent for the pronoun of the other gender.
 */
import type { Gender } from './pronoun-features.ts';

const FEMALE = /^(\w*woman|girl|mother|wife|daughter|sister|actress|lady|widow|grandmother|aunt|niece|mom)$/i;
const MALE = /^(\w*man|boy|father|husband|son|brother|actor|widower|grandfather|uncle|nephew|dad)$/i;

/** A person noun's own gender ("woman", "father"), if it has one. */
export function nounGender(noun: string): Gender | undefined {
  if (FEMALE.test(noun)) return 'female';
  if (MALE.test(noun)) return 'male';
  return undefined;
}

/** The gender a spoken description's noun gives ("one woman from the village": female), read off the words before any phrase hung on it. */
export function descriptionGender(description: string): Gender | undefined {
  return nounGender(descriptionHead(description));
}

/** A description's head noun, the last word before any phrase hung on it ("a reporter for Agence France-Presse": reporter). */
export function descriptionHead(description: string): string {
  const words = description.split(/\s+/);
  const phrase = words.findIndex((w, i) => i > 0 && /^(of|for|from|at|in|with|who|on|to)$/i.test(w));
  return (phrase < 0 ? words : words.slice(0, phrase)).at(-1)!.replace(/[^A-Za-z]/g, '');
}
