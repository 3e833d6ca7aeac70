import { theOneDescribedPerson } from './described-people.ts';
import type { NameMention } from './name-mentions.ts';

/** "the captain", "the Ohio native": one or two words after "the". */
const ROLE_EPITHET = /^the\s+((?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*)$/i;

/** A word before the role's noun: not a preposition or article ("a spokesman for the Clinton campaign" is no campaign). */
const MODIFIER = String.raw`(?!(?:for|of|the|at|in|from|with|to|on|and|who|by|as)\s)[\w'-]+\s+`;

/** Where an appositive's noun phrase ends: its comma or stop, or a phrase or clause that qualifies it. */
const PHRASE_END = String.raw`(?=\s*[,.;)]|\s+(?:from|at|in|of|for|with|who|based|and)\b)`;

/**
 * "Gus Tamm, a former ferry captain from Duluth, said ... the captain said": the one person named
 * earlier with the noun closing the "a ..." appositive right after the name; none when two people
 * were described by it, or when a name follows the description ("The party chairman, Kelly Armstrong,").
 */
export function roleDescribedPerson(
  mention: { start: number; end: number; text: string },
  names: NameMention[],
  text: string,
): NameMention | undefined {
  const role = ROLE_EPITHET.exec(mention.text.trim())?.[1];
  if (!role) return undefined;
  if (/^\s*,\s*[A-Z]/.test(text.slice(mention.end, mention.end + 4))) return undefined;
  const appositive = new RegExp(
    String.raw`^,\s+(?:also\s+)?an?\s+(?:${MODIFIER}){0,3}?${role.split(/\s+/).join(String.raw`\s+`)}${PHRASE_END}`,
    'i',
  );
  return theOneDescribedPerson(mention, names, text, (after) => appositive.test(after));
}
