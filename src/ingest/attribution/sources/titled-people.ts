/**
 * "The spokesman continued", "the chief added", "the senator said" however far back the person was
 * named: the one person the article introduced with that title right before the name ("Company
 * spokesman Torrin Vale", "Police Chief Tom Bell", "Sen. Mark Delaney"). described-names.ts takes
 * a title's person only from the last few sentences; this is asked when that found no one, and names
 * no one when two people carried the title (a wrong speaker is worse than none).
 */
import type { NameMention } from './name-mentions.ts';
import { PERSON_TITLES } from './person-titles.ts';

/** Any title of office before a name: a person given one is not the unnamed bearer of another. */
const ANY_TITLE =
  /\b(?:Sen\.|Senator|Gov\.|Governor|Rep\.|Representative|Congress(?:man|woman)|Mayor|Judge|Chief|Sheriff|Commissioner|President|Secretary|Minister|Ambassador|Gen\.|General|Speaker|spokes(?:man|woman|person))\s+$/i;

/** How far before a name its title may end: "Police Chief " is written right before it. */
const TITLE_REACH = 24;

/** One mention names the same person as another when its words close the other's ("Bell" of "Tom Bell"). */
function samePerson(a: NameMention, b: NameMention): boolean {
  const [short, long] = [a.text.split(/\s+/), b.text.split(/\s+/)].sort((x, y) => x.length - y.length);
  return short.every((word, i) => long[long.length - short.length + i] === word);
}

/** The one person named before `at` with the title `noun` stands for, or none when two people carried it. */
export function titledPerson(noun: string, at: { start: number }, names: NameMention[], text: string): NameMention | undefined {
  const title = PERSON_TITLES.get(noun.toLowerCase());
  if (!title) return undefined;
  const titled = names.filter(
    (n) =>
      n.type === 'PERSON' &&
      !n.speaker &&
      n.end <= at.start &&
      /^[A-Z]/.test(n.text) &&
      title.test(text.slice(Math.max(0, n.start - TITLE_REACH), n.start)),
  );
  const first = titled[0];
  if (!first || !titled.every((n) => samePerson(n, first))) return undefined;
  // "Sen. Bernie Sanders … Rubio sought … the senator said": a person named since, with no title of
  // their own, may be the senator the article never titled.
  const titleOf = (n: NameMention) => ANY_TITLE.test(text.slice(Math.max(0, n.start - TITLE_REACH), n.start));
  const persons = names.filter((n) => n.type === 'PERSON' && n.end <= at.start && /^[A-Z]/.test(n.text));
  const last = persons.filter((n) => samePerson(n, first)).at(-1)!;
  const since = persons.filter((n) => n.start > last.end && !samePerson(n, first));
  return since.every((n) => persons.some((m) => samePerson(m, n) && titleOf(m))) ? first : undefined;
}
