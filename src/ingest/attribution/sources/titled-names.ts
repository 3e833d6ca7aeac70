/**
 * A title's gender before a short name ("Mr. Ortiz", "Ms. Ortiz"), and which of the article's fuller
 * forms of that name it allows: "Mr. Khan" is not Ghazala Khan, whose first name or description says woman.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { Gender } from './pronoun-features.ts';
import { nounGender } from './described-gender.ts';
import { DependencyTree } from '../tree.ts';

const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;

/** The title written right before a name, with the gender it gives: "Mr." male; "Mrs.", "Ms.", "Miss" female. */
export function titleBefore(text: string, nameStart: number): { title: string; gender: Gender } | undefined {
  const match = TITLE_BEFORE.exec(text.slice(Math.max(0, nameStart - 6), nameStart));
  if (!match) return undefined;
  return { title: match[0].trim(), gender: match[1] === 'Mr' ? 'male' : 'female' };
}

/**
 * The gender a gendered noun in apposition gives a name: "her husband, Khizr Ortiz" or "Khizr Ortiz,
 * her husband": male.
 */
export function appositiveGender(doc: NlpDocument, mention: { sentence: number; start: number; end: number }): Gender | undefined {
  const sentence = doc.sentences[mention.sentence];
  if (!sentence) return undefined;
  const tree = DependencyTree.of(sentence);
  const inside = (i: number) => tree.token(i).start >= mention.start && tree.token(i).end <= mention.end;
  for (let i = 1; i <= sentence.tokens.length; i++) {
    if (!inside(i)) continue;
    const head = tree.head(i);
    if (head > 0 && inside(head)) continue;
    const nouns = tree.children(i, 'appos');
    if (tree.relation(i) === 'appos' && head > 0) nouns.push(head);
    for (const n of nouns) {
      const gender = /^NNS?$/.test(tree.token(n).pos) ? nounGender(tree.token(n).word) : undefined;
      if (gender) return gender;
    }
  }
  return undefined;
}

/**
 * The forms of a name a title allows. A longer form is refused when what the article says of it
 * (`sureGender`: train's first names, an apposition, a pronoun) gives the other gender; `ownPerson`
 * says every longer form was refused ("Mr. Ortiz" when only Maria Ortiz was named).
 * Among the longer forms left, those whose gender (sure, else the first-name list's) is the title's
 * win, then those of no known gender: the list alone refuses nobody ("Blair", "Lee" and "Lindsey" are
 * listed female, and the Times writes "Mr. Effron" for Blair Effron).
 */
export function formsFittingTitle(
  forms: string[],
  short: string,
  gender: Gender,
  sureGender: (form: string) => Gender | undefined,
  listedGender: (form: string) => Gender | undefined,
): { forms: string[]; ownPerson: boolean } {
  const length = short.split(/\s+/).length;
  const longer = (f: string) => f.split(/\s+/).length > length;
  const allowed = forms.filter((f) => !longer(f) || (sureGender(f) ?? gender) === gender);
  const likely = (f: string) => sureGender(f) ?? listedGender(f);
  const candidates = allowed.filter(longer);
  const fitting = candidates.some((f) => likely(f) === gender)
    ? candidates.filter((f) => likely(f) === gender)
    : candidates.some((f) => likely(f) === undefined)
      ? candidates.filter((f) => likely(f) === undefined)
      : candidates;
  return {
    forms: allowed.filter((f) => !longer(f) || fitting.includes(f)),
    ownPerson: forms.some(longer) && !candidates.length,
  };
}
