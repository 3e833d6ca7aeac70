/**
 * PolNeAR (../shared/polnear): real news with every attribution marked by trained annotators.
 * Only the train and dev splits are read; the test split is kept aside and never opened.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';

export type PolnearSplit = 'train' | 'dev';

export interface GoldSpanText {
  spans: Array<[number, number]>;
  text: string;
  resolved?: string;
}

export interface PolnearArticle {
  name: string;
  publisher: string;
  publishedOn?: string;
  title?: string;
  text: string;
  attributions: Array<{ source?: GoldSpanText; cue?: GoldSpanText; content: GoldSpanText }>;
}

export const POLNEAR_DIR = resolve(PROJECT_ROOT, process.env.POLNEAR_DIR ?? '../shared/polnear');

export function polnearAvailable(): boolean {
  return existsSync(join(POLNEAR_DIR, 'dev')) && existsSync(join(POLNEAR_DIR, 'score.py'));
}

export function readSplit(split: PolnearSplit): PolnearArticle[] {
  const dir = join(POLNEAR_DIR, split);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<PolnearArticle, 'text'>;
      return { ...gold, text: readFileSync(join(dir, f.replace('.gold.json', '.txt')), 'utf8') };
    });
}

/** Where eval and bench scripts keep CoreNLP parses of evaluation texts (git-ignored). */
export const PARSE_CACHE_DIR = join(PROJECT_ROOT, '.cache/corenlp');
