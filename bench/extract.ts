/**
 * `npm run bench:extract`: extraction throughput on one core over the seed and corpus texts.
 * Each measurement repeats the whole set for about two seconds after a warm-up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAnnotation } from '../src/ingest/extract.ts';
import { tokenize } from '../src/ingest/sentences.ts';
import { PROJECT_ROOT } from '../src/server/project-root.ts';

const root = PROJECT_ROOT;
const texts = ['seed', 'tests/data/corpus'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(root, dir, f), 'utf8')),
);
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
const sentences = texts.reduce((n, t) => n + tokenize(t, [{ start: 0, end: t.length }]).sentences.length, 0);

function measure(seconds: number): { articles: number; elapsed: number } {
  let articles = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const t of texts) extractAnnotation(t);
    articles += texts.length;
  }
  return { articles, elapsed: (performance.now() - start) / 1000 };
}

measure(0.5);
console.log(`${texts.length} articles, ${Math.round(words / texts.length)} words and ${(sentences / texts.length).toFixed(1)} sentences on average`);
for (let run = 1; run <= 3; run++) {
  const { articles, elapsed } = measure(2);
  const perSecond = articles / elapsed;
  console.log(`run ${run}: ${perSecond.toFixed(0)} articles/s, ${((perSecond * sentences) / texts.length).toFixed(0)} sentences/s, ${(1000 / perSecond).toFixed(2)} ms/article`);
}
