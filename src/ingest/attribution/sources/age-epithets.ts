import { theOneDescribedPerson } from './described-people.ts';
import type { NameMention } from './name-mentions.ts';

const AGE_EPITHET = /^the\s+(\d{1,3})-year-old$/i;

/**
 * "Marcus Lind, 34, won ... the 34-year-old said": the one person named earlier with that age in
 * commas right after the name; none when two people were given that age.
 */
export function agedPerson(mention: { start: number; text: string }, names: NameMention[], text: string): NameMention | undefined {
  const age = AGE_EPITHET.exec(mention.text.trim())?.[1];
  if (!age) return undefined;
  const withAge = new RegExp(`^,\\s+${age}\\b`);
  return theOneDescribedPerson(mention, names, text, (after) => withAge.test(after));
}
