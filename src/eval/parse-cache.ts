/**
 * CoreNLP parses of evaluation texts, cached on disk by a hash of the text, the annotators and the
 * document date, so that re-scoring after a change to the attribution rules does not parse the corpus
 * again. Used by the eval and bench scripts only; the cache folder is git-ignored.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ANNOTATORS, extraProperties } from '../ingest/nlp/corenlp-client.ts';
import type { AnnotateOptions, NlpClient, NlpDocument } from '../ingest/nlp/types.ts';

/**
 * Bumped when what the client sends changes (v2: straight quotes curled), so old parses are not
 * reused. v3 adds the properties the client sends beyond the annotators (its NER options); a parse
 * made without any keeps its v2 key.
 */
const CACHE_VERSION = 'v3';

export const LEAN_ANNOTATORS = ['tokenize', 'ssplit', 'pos', 'lemma', 'depparse'];

function cacheFile(cacheDir: string, text: string, options: AnnotateOptions, version = CACHE_VERSION): string {
  const extra = version === 'v3' ? extraProperties(options) : {};
  const stamp = version === 'v1' ? [] : Object.keys(extra).length ? [version] : ['v2'];
  const key = createHash('sha256')
    .update(
      JSON.stringify([
        ...stamp,
        options.annotators ?? DEFAULT_ANNOTATORS,
        options.docDate ?? '',
        text,
        ...(Object.keys(extra).length ? [extra] : []),
      ]),
    )
    .digest('hex')
    .slice(0, 32);
  return join(cacheDir, `${key}.json`);
}

/** The cached parse, or undefined when this text was not parsed with these options yet. */
export function readCached(
  cacheDir: string,
  text: string,
  options: AnnotateOptions = {},
  version = CACHE_VERSION,
): NlpDocument | undefined {
  const file = cacheFile(cacheDir, text, options, version);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as NlpDocument) : undefined;
}

export function cachedClient(client: NlpClient, cacheDir: string): NlpClient {
  mkdirSync(cacheDir, { recursive: true });
  return {
    url: client.url,
    async annotate(text: string, options: AnnotateOptions = {}): Promise<NlpDocument> {
      const cached = readCached(cacheDir, text, options);
      if (cached) return cached;
      const file = cacheFile(cacheDir, text, options);
      const doc = await client.annotate(text, options);
      writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(doc)); // one writer per process: two evals may parse the same text
      renameSync(`${file}.${process.pid}.tmp`, file);
      return doc;
    },
  };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the order of results. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}
