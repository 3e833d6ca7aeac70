/** PolNeAR train articles with their cached CoreNLP parses, for learning and cross-validation (never dev). */
import type { NlpDocument } from '../ingest/nlp/types.ts';
import { LEAN_ANNOTATORS, readCached } from './parse-cache.ts';
import { PARSE_CACHE_DIR, readSplit, type PolnearArticle } from './polnear-corpus.ts';

export interface Parsed {
  article: PolnearArticle;
  doc: NlpDocument;
}

/**
 * Train articles with a cached parse: the full pipeline or the lean one without NER, from the
 * current client (v3, v2) or, failing that, from before it curled straight quotes (v1).
 */
export function parsedTrain(): Parsed[] {
  const out: Parsed[] = [];
  for (const article of readSplit('train')) {
    const options = [{ docDate: article.publishedOn }, { docDate: article.publishedOn, annotators: LEAN_ANNOTATORS }];
    const doc = (['v3', 'v2', 'v1'] as const)
      .flatMap((v) => options.map((o) => () => readCached(PARSE_CACHE_DIR, article.text, o, v)))
      .reduce<NlpDocument | undefined>((found, read) => found ?? read(), undefined);
    if (doc) out.push({ article, doc });
  }
  return out;
}
