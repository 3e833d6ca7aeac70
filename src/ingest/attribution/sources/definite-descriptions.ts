import type { NlpToken } from '../../nlp/types.ts';
import { isPluralPeopleWord } from '../model/people-words.ts';
import type { DependencyTree } from '../tree.ts';
import { describedName } from './described-names.ts';
import { titledPerson } from './titled-people.ts';
import { headWords } from './mention-heads.ts';
import type { NameMention, SourceType } from './name-mentions.ts';
import type { NameForm } from './name-forms.ts';
import type { ResolvedSource } from './resolved-source.ts';

/** "the ministry", "the senator": the latest earlier name or speaker with that head word, or the name the description fits. */
export function definiteDescriptionSource(
  tree: DependencyTree,
  a: { sentence: number; cue?: { token: number } },
  phrase: number[],
  head: NlpToken,
  mention: ResolvedSource['mention'],
  names: NameMention[],
  text: string,
  expand: (text: string, type: SourceType, start?: number) => NameForm,
): ResolvedSource | undefined {
  if (!(phrase.length === 2 && /^the$/i.test(tree.token(phrase[0]).word) && /^NNS?$/.test(head.pos))) return undefined;
  const headWord = head.lemma.toLowerCase();
  const earlier = [...names]
    .reverse()
    .find(
      (n) =>
        n.end <= mention.start && n.type !== 'PLACE' && describingWords(n).some((w) => w === headWord || w === head.word.toLowerCase()),
    );
  if (earlier) return { mention, ...expand(earlier.text, earlier.type, earlier.start), resolved: true };
  // Not whom the speaker spoke to ("In a statement to CNN, the company said": not CNN).
  const listeners = a.cue ? tree.children(a.cue.token, /^(obl|nmod)/).map((c) => tree.span(tree.subtree(c))) : [];
  const candidates = names.filter((n) => !listeners.some((s) => s && s.start <= n.start && n.end <= s.end));
  const described = describedName(head.word, { start: mention.start, sentence: a.sentence }, candidates, text);
  // Not "resolved": the description itself is a mention of the one it names (resolved, train 0.7124 against 0.7144).
  if (described) return { mention, ...expand(described.text, described.type), resolved: false };
  const titled = titledPerson(head.word, mention, candidates, text);
  if (titled) return { mention, ...expand(titled.text, titled.type, titled.start), resolved: false };
  return undefined;
}

/**
 * A name's head words, but in a description in lower case not a word that modifies a noun for people
 * ("zoo staff", "company executives"): "the zoo" is not its staff.
 */
function describingWords(name: NameMention): string[] {
  const words = headWords(name.text);
  // "the coastguard" after "the Hellenic Coast Guard": the last two words written as one.
  if (name.text !== name.text.toLowerCase()) return words.length > 1 ? [...words, words.slice(-2).join('')] : words;
  return words.filter((_, i) => i + 1 >= words.length || !isPluralPeopleWord(words[i + 1]));
}
