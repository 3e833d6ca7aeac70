/**
 * The gender a first name usually has in English (and five other languages' name lists), from the
 * gender-detection-from-name package: "Christopher" male, "Claudia" female, "Kasich" or "Jordan"
 * unknown. Pronoun resolution uses it beside the first names train's own pronouns gendered (which
 * cover only the names train happens to hold); the NLP stage uses it to tell a first name from a title.
 */
import { getGender } from 'gender-detection-from-name';

export type Gender = 'male' | 'female';

export function firstNameGender(first: string): Gender | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return undefined;
  const gender = getGender(first, 'en');
  return gender === 'unknown' ? undefined : gender;
}
