/**
 * The fullest form of a short name among the article's names ("Trump" → "Donald J. Trump"), with
 * the forms seen; a title before the short name keeps only the forms of its gender (titled-names.ts).
 */
import type { Gender } from './pronoun-features.ts';
import type { NameMention, SourceType } from './name-mentions.ts';
import { formsFittingTitle, type titleBefore } from './titled-names.ts';
import { joinsAnotherName } from './joined-name-forms.ts';

export function fullestForm(
  names: NameMention[],
  text: string,
  type: SourceType,
  title: ReturnType<typeof titleBefore>,
  genderOf: { sure: (form: string) => Gender | undefined; listed: (form: string) => Gender | undefined },
): { name: string; aliases: string[]; type: SourceType } {
  const words = text.split(/\s+/);
  const lastWord = words.at(-1)!;
  const written = names
    .filter((n) => n.type === type && n.text.split(/\s+/).at(-1) === lastWord && words.every((w) => n.text.split(/\s+/).includes(w)))
    .filter((n) => !joinsAnotherName(n.text, text, type))
    .map((n) => n.text);
  const titled = title && formsFittingTitle(written, text, title.gender, genderOf.sure, genderOf.listed);
  // Where the title refuses every longer form, the title is set aside (a person of its own, "Mr. Obama"
  // beside Michelle Obama, added a prediction matching nothing on dev).
  const forms = titled && !titled.ownPerson ? titled.forms : written;
  // "Clinton" with both "Hillary Clinton" and "Bill Clinton" in the article: the form used most.
  const frequency = new Map<string, number>();
  for (const f of forms) frequency.set(f, (frequency.get(f) ?? 0) + 1);
  const full = [...frequency]
    .filter(([f]) => f.split(/\s+/).length > words.length)
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
  const name = full ?? text;
  const nameWords = name.split(/\s+/);
  const aliases = [...new Set([text, ...forms])].filter((f) => f !== name && f.split(/\s+/).every((w) => nameWords.includes(w)));
  return { name, aliases, type };
}
