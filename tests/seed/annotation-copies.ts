/**
 * Writes edited copies of the seed annotation (and its text file) under os.tmpdir(), so tests
 * can load variants of it through the real file reader and loader.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { seedAnnotationPath } from '../support/seed-annotation.ts';

/** The seed annotation as stored on disk (textFile, not text), as plain JSON to edit. */
export type RawAnnotation = {
  textFile: string;
  article: Record<string, unknown> & { id: string };
  entities: Record<string, unknown>[];
  claims: (Record<string, unknown> & { id: string; claimants: string[]; evidence: { start: number; end: number; text: string } })[];
  [k: string]: unknown;
};

export function rawSeed(): RawAnnotation {
  return JSON.parse(readFileSync(seedAnnotationPath, 'utf8')) as RawAnnotation;
}

const dirs: string[] = [];

/**
 * Writes `<name>.annotation.json` into a fresh temp folder. The text file is the seed's own,
 * copied next to it, unless `text` gives another one.
 */
export function writeAnnotationCopy(name: string, raw: RawAnnotation, text?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-annotation-'));
  dirs.push(dir);
  const textPath = join(dir, raw.textFile);
  if (text === undefined) copyFileSync(join(dirname(seedAnnotationPath), raw.textFile), textPath);
  else writeFileSync(textPath, text);
  const file = join(dir, `${name}.annotation.json`);
  writeFileSync(file, JSON.stringify(raw, null, 2));
  return file;
}

export function removeAnnotationCopies(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
