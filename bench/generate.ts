/**
 * A deterministic synthetic news corpus for benchmarks: `generateCorpus({ seed, articles })`
 * yields valid annotations (the same format as seed/*.annotation.json, minus `textFile`) with
 * the shapes the real graph has:
 *
 * - a shared cast of entities whose popularity is power-law (Zipf): a few ministries, leaders,
 *   places and wire agencies appear in thousands of articles, most entities in a handful;
 * - 10-20 claims per article with claimants, mentions, outlets they came through (`via`),
 *   first-publication channels (Telegram, Facebook, ...), dates, quotes and figures;
 * - figure contradictions and disputes between claims of the same article;
 * - typed entity relations (HEAD_OF, MEMBER_OF, LOCATED_IN, ...) stated in the text;
 * - publication dates spread over 2019-2024.
 *
 * Everything is a pure function of (seed, articles): the same options give byte-identical
 * annotations, article by article, without any state between articles (article i depends only
 * on the cast and on a generator seeded with (seed, i)). No I/O here; bench/load.ts writes.
 */
import { corpusShape } from './generate/shape.ts';
import { generateArticle } from './generate/article.ts';
import type { CorpusOptions, GeneratedAnnotation } from './generate/types.ts';

export { articleLocalId, generateArticle } from './generate/article.ts';
export { buildCast, type Cast } from './generate/cast.ts';
export { rng } from './generate/random.ts';
export { corpusShape, type CorpusShape } from './generate/shape.ts';
export type { CorpusOptions, GeneratedAnnotation } from './generate/types.ts';

/** The whole corpus, article by article (lazy: 10k articles never sit in memory at once). */
export function* generateCorpus(options: CorpusOptions): Generator<GeneratedAnnotation> {
  const shape = corpusShape(options);
  for (let i = 0; i < options.articles; i++) yield generateArticle(shape, options, i);
}

/** Named corpus sizes for the benchmark CLIs. */
export const SIZES = { seed: 0, '1k': 1_000, '10k': 10_000, '100k': 100_000 } as const;
export type SizeName = keyof typeof SIZES;
export const DEFAULT_SEED = 20_240_301;
