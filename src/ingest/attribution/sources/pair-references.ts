/**
 * "The former said", "the latter", "the couple", "the pair", "the two", "both men", "both senators",
 * "the two candidates" (a plural whose most frequent WordNet sense is a person, when the pair was
 * given that noun: "Sens. Ann Ferrell and Doug Baker", "candidates Rita Haynes and Carl Voss"): a source that
 * stands for two people the article named together just before ("Gloria Hendricks and Raymond Tull
 * met …. The former said S"). Only a pair joined by "and" and nothing else is taken; anything less
 * clear leaves the description as it is (a wrong speaker is worse than none).
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';
import { coordinatedNames } from './coordinated-names.ts';
import { spanHead } from './mention-heads.ts';
import type { NameMention } from './name-mentions.ts';
import type { Gender } from './pronoun-features.ts';
import { isFirstSensePerson } from '../model/people-words.ts';
import { OFFICE_TITLES } from './person-titles.ts';
import { wordTable } from '../../text/own-entries.ts';

/** Which of the pair a description stands for: the first named, the second, or both. */
export type PairMember = 'first' | 'second' | 'both';

const FIRST = /^the\s+former$/i;
const SECOND = /^the\s+latter$/i;
const BOTH = /^(?:the\s+(?:couple|pair|duo|two(?:\s+(?:men|women))?)|both(?:\s+(?:men|women))?)$/i;
/** "Both senators", "the two leaders": the noun's singular is read off its plural "s". */
const BOTH_PEOPLE = /^(?:both|the\s+two)\s+([a-z]+)s$/i;

/** How many sentences back the pair may have been named together, and one of them last named or spoke. */
const PAIR_WINDOW = 8;
const WINDOW = 3;

/** Which of a pair a source phrase stands for, if it is such a description. */
export function pairMember(phrase: string): PairMember | undefined {
  return FIRST.test(phrase) ? 'first' : SECOND.test(phrase) ? 'second' : BOTH.test(phrase) || pairNoun(phrase) ? 'both' : undefined;
}

/** The singular people noun of "both senators", "the two candidates"; none for "both men" or "both bridges". */
export function pairNoun(phrase: string): string | undefined {
  const noun = BOTH_PEOPLE.exec(phrase)?.[1]?.toLowerCase();
  return noun !== undefined && isFirstSensePerson(noun) ? noun : undefined;
}

/** The plural titles before two names ("Sens. Ann Ferrell and Doug Baker"). */
const PLURAL_TITLES = wordTable<RegExp>({ senator: /\bSens\.\s+$/, congressman: /\bReps\.\s+$/, representative: /\bReps\.\s+$/ });

/**
 * Whether the pair was given the noun: the plural before both ("candidates Rita Haynes and Carl Voss",
 * "Sens. Ann Ferrell and Doug Baker") or the singular before each ("Sen. Ann Ferrell and Sen. Doug Baker").
 * "Both candidates" after two voters named together is not them.
 */
export function pairBearsNoun(doc: NlpDocument, pair: [NameMention, NameMention], noun: string): boolean {
  const before = (n: NameMention) => {
    const token = doc.sentences[n.sentence]?.tokens.filter((t) => t.end <= n.start).at(-1);
    return token ? `${token.originalText} ` : '';
  };
  const plural = new RegExp(String.raw`\b${noun}s\s+$`, 'i');
  const singular = new RegExp(String.raw`\b${noun}\s+$`, 'i');
  const title = OFFICE_TITLES.get(noun);
  const first = before(pair[0]);
  if (plural.test(first) || PLURAL_TITLES.get(noun)?.test(first)) return true;
  return pair.every((n) => singular.test(before(n)) || title?.test(before(n)) === true);
}

/** The gender "both men" or "the two women" asks of each of the pair. */
export function pairGender(phrase: string): Gender | undefined {
  return /\bmen$/i.test(phrase) ? 'male' : /\bwomen$/i.test(phrase) ? 'female' : undefined;
}

/**
 * The two people named last before `at`, in text order, joined by "and" as the only two conjuncts of
 * their phrase ("Walter and June Pruitt", "incumbent Ann Ruiz and challenger Tom Bell"); none when
 * the latest names joined by "and" are not two people, or when neither of them was named (or spoke)
 * in the last few sentences.
 */
export function namedPair(
  doc: NlpDocument,
  names: NameMention[],
  at: { start: number; sentence: number },
  fullName: (n: NameMention) => string,
): [NameMention, NameMention] | undefined {
  const before = names.filter((n) => n.end <= at.start && n.sentence >= at.sentence - PAIR_WINDOW);
  // Names as written: a speaker's entry repeats the name it was resolved from.
  const written = before.filter((n) => !n.speaker);
  for (const name of [...written].reverse()) {
    if (name.type !== 'PERSON' && name.type !== 'ORGANIZATION') continue;
    const joined = coordinatedNames(doc, written, name);
    if (!joined.length) continue;
    if (joined.length !== 1 || name.type !== 'PERSON' || joined[0].type !== 'PERSON' || conjunctCount(doc, name) !== 2) return undefined;
    const pair = [joined[0], name].sort((x, y) => x.start - y.start) as [NameMention, NameMention];
    const pairNames = new Set(pair.map(fullName));
    const recent = before.some((n) => n.sentence >= at.sentence - WINDOW && n.type === 'PERSON' && pairNames.has(fullName(n)));
    return recent ? pair : undefined;
  }
  return undefined;
}

/** How many conjuncts the coordination a name belongs to has, names or not ("Ruiz and two aides": 2). */
function conjunctCount(doc: NlpDocument, name: NameMention): number {
  const sentence = doc.sentences[name.sentence];
  const tree = DependencyTree.of(sentence);
  const head = spanHead(tree, sentence.tokens, name);
  if (head === undefined) return 0;
  const first = tree.relation(head) === 'conj' ? tree.head(head) : head;
  return 1 + tree.children(first, 'conj').length;
}
