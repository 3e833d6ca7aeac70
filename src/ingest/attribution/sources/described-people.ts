import type { NameMention } from './name-mentions.ts';

/** One mention names the same person as another when its words close the other's ("Lind" of "Marcus Lind"). */
function samePerson(a: NameMention, b: NameMention): boolean {
  const [short, long] = [a.text.split(/\s+/), b.text.split(/\s+/)].sort((x, y) => x.length - y.length);
  return short.every((word, i) => long[long.length - short.length + i] === word);
}

/**
 * The one person, among the capitalised PERSON names before `mention` that `isDescribed` accepts
 * (given the text right after the name), that an epithet ("the 34-year-old", "the captain") can stand
 * for: the latest of them, or none when they are two people, a couple sharing a surname included.
 */
export function theOneDescribedPerson(
  mention: { start: number },
  names: NameMention[],
  text: string,
  isDescribed: (after: string) => boolean,
): NameMention | undefined {
  const described = names.filter(
    (n) => n.type === 'PERSON' && n.end <= mention.start && /^[A-Z]/.test(n.text) && isDescribed(text.slice(n.end, n.end + 80)),
  );
  const last = described.at(-1);
  return last && described.every((n) => samePerson(n, last)) ? last : undefined;
}
