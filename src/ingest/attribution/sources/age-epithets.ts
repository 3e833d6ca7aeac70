import type { NameMention } from './name-mentions.ts';

const AGE_EPITHET = /^the\s+(\d{1,3})-year-old$/i;

/**
 * "Marcus Lind, 34, won ... the 34-year-old said": the one person named earlier with that age in
 * commas right after the name; none when two people were given that age.
 */
export function agedPerson(mention: { start: number; text: string }, names: NameMention[], text: string): NameMention | undefined {
  const age = AGE_EPITHET.exec(mention.text.trim())?.[1];
  if (!age) return undefined;
  const aged = names.filter(
    (n) =>
      n.type === 'PERSON' &&
      n.end <= mention.start &&
      /^[A-Z]/.test(n.text) &&
      new RegExp(`^,\\s+${age}\\b`).test(text.slice(n.end, n.end + 8)),
  );
  const people = new Set(aged.map((n) => n.text.split(/\s+/).at(-1)));
  return people.size === 1 ? aged.at(-1) : undefined;
}
