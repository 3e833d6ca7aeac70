import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AnnotationError, parseAnnotation, type Annotation } from './annotation.ts';

/** Reads `<name>.annotation.json` and the text file it names, and validates both together. */
export function readAnnotationFile(path: string): Annotation {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new AnnotationError(path, [`not readable JSON: ${(e as Error).message}`]);
  }
  const { textFile, ...rest } = raw as { textFile?: unknown };
  if (typeof textFile !== 'string') throw new AnnotationError(path, ['textFile: must name the article text file']);
  let text: string;
  try {
    text = readFileSync(resolve(dirname(path), textFile), 'utf8');
  } catch (e) {
    throw new AnnotationError(path, [`textFile: cannot read ${textFile}: ${(e as Error).message}`]);
  }
  return parseAnnotation({ ...rest, text }, path);
}

export function annotationFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.annotation.json'))
    .sort()
    .map((f) => join(dir, f));
}
