/**
 * "Her husband said", "his wife told …": a spouse the article named before speaks, not a description
 * of them ("June Pruitt's husband" for Walter Pruitt, named with her). Only one fitting person is
 * taken: of the other gender where it is known, sharing the possessor's surname or named together
 * with them by "and" ("Walter and June Pruitt").
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { coordinatedNames } from './coordinated-names.ts';
import type { NameMention } from './name-mentions.ts';
import type { Gender } from './pronoun-features.ts';

const SPOUSE_GENDER: Record<string, Gender> = { husband: 'male', wife: 'female' };

/** What the spouse rule reads of the article: its names, the fullest form of one, a person's gender. */
export interface SpouseArticle {
  doc: NlpDocument;
  names: NameMention[];
  fullName: (n: NameMention) => string;
  gender: (name: string) => Gender | undefined;
}

/** The one person named before `at` that "<possessor>'s <possessed>" stands for, if `possessed` is a spouse. */
export function namedSpouse(
  article: SpouseArticle,
  possessor: { name: string },
  possessed: string,
  at: { start: number },
): NameMention | undefined {
  const wanted = SPOUSE_GENDER[possessed.toLowerCase()];
  if (!wanted) return undefined;
  const { doc, names, fullName, gender } = article;
  const people = names.filter((n) => n.type === 'PERSON' && n.end <= at.start && /^[A-Z]/.test(n.text));
  const own = people.filter((n) => fullName(n) === possessor.name);
  const joined = new Set(own.flatMap((o) => coordinatedNames(doc, names, o)));
  const surname = (name: string) => (name.includes(' ') ? name.split(/\s+/).at(-1) : undefined);
  const fits = people.filter((n) => {
    const name = fullName(n);
    if (name === possessor.name || (gender(name) ?? wanted) !== wanted) return false;
    return joined.has(n) || (surname(name) !== undefined && surname(name) === surname(possessor.name));
  });
  return new Set(fits.map(fullName)).size === 1 ? fits.at(-1) : undefined;
}
