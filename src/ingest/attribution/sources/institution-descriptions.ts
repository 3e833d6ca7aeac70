/**
 * "A spokesman for the company", "officials at the utility", "the firm's lawyer": people described by
 * the body they speak for, where that body is itself a "the <noun>" description of a name given
 * before. The body's words in the phrase are what definite-descriptions.ts resolves; the people keep
 * their own description around the name it gives ("A spokesman for Crestline Property Group").
 */
import { isPeopleNoun } from '../model/people-words.ts';
import type { DependencyTree } from '../tree.ts';
import { definiteDescriptionSource } from './definite-descriptions.ts';
import { descriptionName } from './described-names.ts';
import type { NameMention, SourceType } from './name-mentions.ts';
import type { NameForm } from './name-forms.ts';
import type { ResolvedSource } from './resolved-source.ts';

/** The prepositions that tie people to the body they speak for. */
const FOR_BODY = /^(for|at|of|with|from)$/i;

/**
 * The "the <noun>" inside a people description's phrase: its article and noun, the noun's index, and
 * the words between them ("port" of "the port authority"), which the name it stands for must hold.
 */
function institutionDescription(
  tree: DependencyTree,
  phrase: number[],
  head: number,
): { noun: number; words: number[]; compounds: string[] } | undefined {
  const t = tree.token(head);
  if (!isPeopleNoun(t)) return undefined;
  for (const noun of tree.children(head, /^nmod/)) {
    if (!phrase.includes(noun) || tree.token(noun).pos !== 'NN') continue;
    const article = tree.child(noun, 'det');
    if (article === undefined || !/^the$/i.test(tree.token(article).word)) continue;
    const compounds = tree.children(noun, 'compound');
    if (compounds.some((c) => c < article || tree.token(c).pos !== 'NN') || article + compounds.length !== noun - 1) continue;
    // Only the article, nouns before the head and what attaches it: not "the company's own lawyers".
    if (tree.children(noun).some((c) => !/^(det|case|compound)$/.test(tree.relation(c)))) continue;
    const possessor = tree.relation(noun) === 'nmod:poss';
    if (possessor ? noun > head : !tree.children(noun, 'case').some((c) => FOR_BODY.test(tree.token(c).word))) continue;
    return { noun, words: [article, noun], compounds: compounds.map((c) => tree.token(c).word.toLowerCase()) };
  }
  return undefined;
}

/**
 * The description with the name of the body it gives ("A spokesman for Crestline Property Group"),
 * its other names likewise; only for an organization, as "the company" alone would name.
 */
export function institutionDescribedPeople(
  tree: DependencyTree,
  a: { sentence: number; cue?: { token: number } },
  phrase: number[],
  head: number,
  mention: ResolvedSource['mention'],
  names: NameMention[],
  text: string,
  expand: (text: string, type: SourceType, start?: number) => NameForm,
): Pick<NameForm, 'name' | 'aliases'> | undefined {
  const body = institutionDescription(tree, phrase, head);
  if (!body) return undefined;
  const [first, last] = [tree.token(body.words[0]), tree.token(body.noun)];
  const words = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  const named = definiteDescriptionSource(tree, a, body.words, last, words, names, text, expand);
  if (named?.type !== 'ORGANIZATION') return undefined;
  const nameWords = named.name.toLowerCase().split(/\s+/);
  if (!body.compounds.every((w) => nameWords.includes(w))) return undefined;
  const around = (name: string) => descriptionName(text.slice(mention.start, words.start) + name + text.slice(words.end, mention.end));
  return { name: around(named.name), aliases: named.aliases.map(around) };
}
