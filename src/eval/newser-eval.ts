/**
 * Extraction scored against the project's own hand annotations, in three groups: the seed, the
 * development set (tests/data/annotations, which rules may be tuned on) and the held-out set
 * (tests/data/annotations/held-out, which they must not). Also checks that every corpus text
 * extracts to a valid annotation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseAnnotation, type Annotation, type AnnotationFile } from '../graph/annotation.ts';
import { scoreArticle, sumScores, type ArticleScore, type Score } from '../ingest/eval.ts';
import { extractAnnotation, type ArticleMeta } from '../ingest/extract.ts';
import type { NlpClient } from '../ingest/nlp/types.ts';
import { PROJECT_ROOT } from '../project-root.ts';

export type Group = 'seed' | 'development' | 'held-out';
export const GROUPS: Array<{ group: Group; dir: string }> = [
  { group: 'seed', dir: 'seed' },
  { group: 'development', dir: 'tests/data/annotations' },
  { group: 'held-out', dir: 'tests/data/annotations/held-out' },
];

export interface GroupScore {
  claims: Score;
  entities: Score;
  entityTypes: Score;
  via: Score;
  dates: Score;
}

export interface ScoredArticle {
  name: string;
  group: Group;
  score: ArticleScore;
  predicted: Annotation;
  gold: Annotation;
}

function goldFiles(only?: Group): Array<{ group: Group; file: string }> {
  const files: Array<{ group: Group; file: string }> = [];
  for (const { group, dir } of GROUPS) {
    const full = join(PROJECT_ROOT, dir);
    if (!existsSync(full) || (only && only !== group)) continue;
    for (const f of readdirSync(full).sort()) if (f.endsWith('.annotation.json')) files.push({ group, file: join(full, f) });
  }
  return files;
}

export function loadGold(file: string): Annotation {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as AnnotationFile;
  const { textFile, ...rest } = raw;
  const text = readFileSync(resolve(dirname(file), textFile), 'utf8');
  return parseAnnotation({ ...rest, text }, file);
}

export async function scoreAnnotatedArticles(nlp: NlpClient, only?: Group): Promise<ScoredArticle[]> {
  const out: ScoredArticle[] = [];
  for (const { group, file } of goldFiles(only)) {
    const gold = loadGold(file);
    // Newser pages carry their posting time; texts without it get the annotation's date, as a user would give it.
    const meta: ArticleMeta = gold.text.includes('Posted ')
      ? {}
      : gold.article.publishedAt
        ? { publishedAt: gold.article.publishedAt }
        : {};
    const predicted = parseAnnotation(await extractAnnotation(gold.text, meta, nlp), `extracted from ${file}`);
    const name = file
      .split('/')
      .pop()!
      .replace('.annotation.json', '')
      .replace(/^newser-/, '');
    out.push({ name, group, score: scoreArticle(predicted, gold), predicted, gold });
  }
  return out;
}

export function groupTotal(list: ScoredArticle[]): GroupScore {
  return {
    claims: sumScores(list.map((r) => r.score.claims)),
    entities: sumScores(list.map((r) => r.score.entities)),
    entityTypes: sumScores(list.map((r) => r.score.entityTypes)),
    via: sumScores(list.map((r) => r.score.via)),
    dates: sumScores(list.map((r) => r.score.dates)),
  };
}

/** Every corpus text and the seed must extract without throwing and pass validation. */
export async function ingestCheck(nlp: NlpClient): Promise<{ texts: number; failures: string[] }> {
  const texts = [join(PROJECT_ROOT, 'seed'), join(PROJECT_ROOT, 'tests/data/corpus')].filter(existsSync).flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(dir, f)),
  );
  const failures: string[] = [];
  for (const file of texts) {
    try {
      parseAnnotation(await extractAnnotation(readFileSync(file, 'utf8'), {}, nlp), file);
    } catch (error) {
      failures.push(`${file}: ${(error as Error).message}`);
    }
  }
  return { texts: texts.length, failures };
}
