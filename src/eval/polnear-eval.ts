/**
 * Scores the extractor on PolNeAR with the corpus's own scorer (../shared/polnear/score.py):
 * every article is parsed by the NLP server (cached in .cache/corenlp), attributed (or, for the
 * full pipeline, extracted: pipeline-predictions.ts), and written as predictions
 * `{name: [{spans, claimants}]}`; score.py prints attribution and right-claimant P/R/F1.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, type Attribution } from '../ingest/attribution/index.ts';
import type { CueLexicon } from '../ingest/attribution/model/lexicon.ts';
import type { PronounOptions } from '../ingest/attribution/sources/sources.ts';
import type { NlpClient, NlpDocument } from '../ingest/nlp/types.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { mapLimit } from './parse-cache.ts';
import { POLNEAR_DIR, readSplit, type PolnearArticle, type PolnearSplit } from './polnear-corpus.ts';

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface PolnearScore {
  articles: number;
  gold: number;
  predicted: number;
  attribution: Prf;
  claimant: Prf;
}

export interface Prediction {
  spans: Array<[number, number]>;
  claimants: string[];
}

export function predict(article: PolnearArticle, doc: NlpDocument): Prediction[] {
  return predictions(article.text, doc);
}

export function predictions(text: string, doc: NlpDocument, lexicon?: CueLexicon, pronouns?: PronounOptions): Prediction[] {
  return predictionsOf(attribute(text, doc, { lexicon, pronouns }));
}

/** Attributions as score.py reads them. */
export function predictionsOf(attributions: Attribution[]): Prediction[] {
  const out: Array<Prediction & { cue: number }> = [];
  for (const a of attributions) {
    const spans = a.content.map((s) => [s.start, s.end] as [number, number]);
    // A continued quotation belongs to its speaker's attribution, as PolNeAR marks it: more content spans.
    const previous = a.continued ? out.find((p) => p.cue === a.cue.span.start) : undefined;
    if (previous) previous.spans.push(...spans);
    else
      out.push({
        cue: a.cue.span.start,
        spans,
        claimants: a.claimants.flatMap((c) => [c.name, ...c.aliases, ...(c.resolved ? [] : [c.mention.text])]),
      });
  }
  return out.map(({ spans, claimants }) => ({ spans, claimants }));
}

/** One way of reading an article into predictions, written to results/polnear-<split><fileSuffix>-predictions.json. */
export interface Predictor {
  fileSuffix: string;
  /** `doc` is the article's parse (its text, its date); `nlp` serves a stage that asks for another. */
  predict(article: PolnearArticle, doc: NlpDocument, nlp: NlpClient): Prediction[] | Promise<Prediction[]>;
}

/** The attribution stage alone: `attribute()`'s predictions. */
export const ATTRIBUTION: Predictor = { fileSuffix: '', predict: (article, doc) => predict(article, doc) };

export async function scorePolnear(
  split: PolnearSplit,
  nlp: NlpClient,
  options: { concurrency?: number; limit?: number } = {},
): Promise<PolnearScore> {
  const [score] = await scorePolnearWith(split, nlp, [ATTRIBUTION], options);
  return score;
}

/** Parses each article once and scores every predictor on it with score.py, in the predictors' order. */
export async function scorePolnearWith(
  split: PolnearSplit,
  nlp: NlpClient,
  predictors: Predictor[],
  options: { concurrency?: number; limit?: number } = {},
): Promise<PolnearScore[]> {
  const articles = readSplit(split).slice(0, options.limit);
  const predicted = predictors.map((): Record<string, Prediction[]> => ({}));
  await mapLimit(articles, options.concurrency ?? 2, async (article) => {
    const doc = await nlp.annotate(article.text, { docDate: article.publishedOn });
    // Each its own copy, taken before any runs: no predictor sees what another's stages did to the parse.
    const copies = predictors.map((_, i) => (i === 0 ? doc : structuredClone(doc)));
    for (const [i, predictor] of predictors.entries()) predicted[i][article.name] = await predictor.predict(article, copies[i], nlp);
  });
  const dir = join(PROJECT_ROOT, 'results');
  mkdirSync(dir, { recursive: true });
  return predictors.map((predictor, i) => {
    const file = join(dir, `polnear-${split}${predictor.fileSuffix}-predictions.json`);
    // In the split's order, not the order parses finished, so two runs of the same code write the same bytes.
    writeFileSync(file, JSON.stringify(Object.fromEntries(articles.map((a) => [a.name, predicted[i][a.name]]))));
    return runScorer(join(POLNEAR_DIR, split), file);
  });
}

export function runScorer(goldDir: string, predictionsFile: string): PolnearScore {
  const out = execFileSync('python3', [join(POLNEAR_DIR, 'score.py'), goldDir, predictionsFile], { encoding: 'utf8' });
  const head = /(\d+) articles, (\d+) gold attributions, (\d+) predicted/.exec(out);
  const attr = /attribution P ([\d.]+) R ([\d.]+) F1 ([\d.]+)/.exec(out);
  const claim = /right claimant P ([\d.]+) R ([\d.]+) F1 ([\d.]+)/.exec(out);
  if (!head || !attr || !claim) throw new Error(`score.py printed something unexpected:\n${out}`);
  const prf = (m: RegExpExecArray): Prf => ({ p: Number(m[1]), r: Number(m[2]), f1: Number(m[3]) });
  return { articles: Number(head[1]), gold: Number(head[2]), predicted: Number(head[3]), attribution: prf(attr), claimant: prf(claim) };
}
