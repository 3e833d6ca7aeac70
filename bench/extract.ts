/**
 * `npm run bench:extract [-- --articles 12] [--batch 2] [--timeout-ms 120000] [--old-engine <dir>] [--no-annotators] [--configs full,lean,...] [--configs-only] [--server-pid <pid>]`
 * Throughput of the whole extraction pipeline, CoreNLP parse included, in articles/s on PolNeAR
 * dev articles (../shared/polnear; the test split is never read), with the server warm:
 *   1. a warm-up pass over the articles (JIT on both sides, CoreNLP's lazily loaded models);
 *   2. one by one: one extraction at a time;
 *   3. in batches: `--batch` extractions in flight at once (concurrent requests to the server);
 *   4. where the time goes: the parse alone with tokenize,ssplit,pos,lemma, then + depparse,
 *      + ner, and all of them (the pipeline's own), one article at a time;
 *   5. with `--old-engine <dir>`: the previous rule engine (wink-nlp, no server) from a checkout of
 *      it (`git worktree add <dir> 889cea5`, see README), over the same articles, and the ratio.
 *   6. with `--configs`: the parse alone under each named configuration (bench/extract-configs.ts),
 *      side by side in one run: one block per configuration (warmed on one article first), in order
 *      then in reverse order; the time is the mean of the two passes.
 * Uses CORENLP_URL or the local CoreNLP (started if none runs, and stopped at the end or on
 * SIGINT/SIGTERM). Every request has a timeout. No parse cache: every pass parses.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { extract, type ArticleMeta } from '../src/ingest/extract.ts';
import type { AnnotateOptions, NlpClient, NlpDocument } from '../src/ingest/nlp/types.ts';
import { polnearAvailable, POLNEAR_DIR, readSplit, type PolnearArticle } from '../src/eval/polnear-corpus.ts';
import { loadConfig } from '../src/server/config.ts';
import { connectNlp, type NlpConnection } from '../src/server/local-corenlp/connect.ts';
import { numberArg, parseArgs } from './args.ts';
import { parseConfigs, type ParseConfig } from './extract-configs.ts';
import { annotateSelectively, type SelectiveStats } from '../src/ingest/nlp/selective-parse.ts';
import { cpuTicks, TICKS_PER_SECOND } from './processes.ts';

const args = parseArgs(process.argv.slice(2));
const COUNT = numberArg(args, 'articles', 12);
const BATCH = numberArg(args, 'batch', 2);
const TIMEOUT_MS = numberArg(args, 'timeout-ms', 120_000);
const OLD_ENGINE = args.get('old-engine');
const CONFIGS = args.get('configs');
/** The CoreNLP server's pid: `--configs` then also prints its CPU time per article (robust to the machine's load, unlike wall time). */
const SERVER_PID = args.has('server-pid') ? numberArg(args, 'server-pid', 0) : undefined;
const ANNOTATOR_SETS: Array<[string, string[]]> = [
  ['tokenize,ssplit,pos,lemma', ['tokenize', 'ssplit', 'pos', 'lemma']],
  ['+ depparse', ['tokenize', 'ssplit', 'pos', 'lemma', 'depparse']],
  ['+ ner', ['tokenize', 'ssplit', 'pos', 'lemma', 'ner']],
  ['+ ner + depparse (the pipeline)', ['tokenize', 'ssplit', 'pos', 'lemma', 'ner', 'depparse']],
];

/** Every request with a timeout, whatever the caller asks. */
function withTimeout(client: NlpClient, timeoutMs: number): NlpClient {
  return { url: client.url, annotate: (text, options: AnnotateOptions = {}) => client.annotate(text, { ...options, timeoutMs }) };
}

/** Remembers every parse, so the pipeline's own work can be timed without the server (`replay`). */
function recording(client: NlpClient): { client: NlpClient; replay: NlpClient } {
  const parses = new Map<string, NlpDocument>();
  const key = (text: string, options: AnnotateOptions) => JSON.stringify([options.annotators ?? null, options.docDate ?? null, text]);
  return {
    client: {
      url: client.url,
      async annotate(text, options = {}) {
        const doc = await client.annotate(text, options);
        parses.set(key(text, options), doc);
        return doc;
      },
    },
    replay: {
      url: 'memory',
      async annotate(text, options = {}) {
        const doc = parses.get(key(text, options));
        if (!doc) throw new Error('not parsed in the warm-up pass');
        return structuredClone(doc);
      },
    },
  };
}

/** Articles spread over the split (it is sorted by publisher), with their dates as a user would give them. */
function pick(articles: PolnearArticle[], count: number): Array<{ text: string; meta: ArticleMeta }> {
  const step = articles.length / Math.min(count, articles.length);
  return Array.from({ length: Math.min(count, articles.length) }, (_, i) => articles[Math.floor(i * step)]).map((a) => ({
    text: a.text,
    meta: { ...(a.publishedOn ? { publishedAt: `${a.publishedOn}T12:00:00Z` } : {}), ...(a.title ? { title: a.title } : {}) },
  }));
}

/** Runs `work` over the items with at most `concurrency` in flight; seconds taken. */
async function timed<T>(items: T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
  return (performance.now() - start) / 1000;
}

const rate = (n: number, seconds: number) => `${(n / seconds).toFixed(2)} articles/s (${((seconds * 1000) / n).toFixed(0)} ms/article)`;

async function main(connection: NlpConnection): Promise<void> {
  const nlp = withTimeout(connection.client, TIMEOUT_MS);
  const articles = pick(readSplit('dev'), COUNT);
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
  const tokens = (await Promise.all(articles.map((a) => nlp.annotate(a.text, { annotators: ['tokenize', 'ssplit'] })))).reduce(
    (n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0),
    0,
  );
  console.log(
    `${articles.length} PolNeAR dev articles, ${Math.round(words / articles.length)} words and ${Math.round(tokens / articles.length)} tokens on average; NLP server ${nlp.url}`,
  );

  console.log(
    `${new Date().toISOString()}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on this machine's cores`,
  );
  if (CONFIGS) await compareConfigs(nlp, articles, tokens, parseConfigs(CONFIGS));
  if (args.get('configs-only') === 'true') return;
  const run = (a: { text: string; meta: ArticleMeta }) => extract(a.text, a.meta, nlp);
  const recorder = recording(nlp);
  const warm = await timed(articles, 1, (a) => extract(a.text, a.meta, recorder.client));
  console.log(`warm-up pass:           ${rate(articles.length, warm)}`);
  await timed(articles, 1, (a) => extract(a.text, a.meta, recorder.replay)); // JIT
  const ownWork = await timed(articles, 1, (a) => extract(a.text, a.meta, recorder.replay));
  console.log(`without the parse:      ${rate(articles.length, ownWork)} (entities, attribution, annotation on parses kept in memory)`);
  const single = await timed(articles, 1, run);
  console.log(`one by one:             ${rate(articles.length, single)}, ${(tokens / single).toFixed(0)} tokens/s`);
  const batch = await timed(articles, BATCH, run);
  console.log(`batches of ${String(BATCH).padEnd(2)} at once:   ${rate(articles.length, batch)}, ${(tokens / batch).toFixed(0)} tokens/s`);

  if (args.get('no-annotators') !== 'true') {
    console.log('\nwhere the time goes (parse only, one article at a time):');
    let full = 0;
    const times: Array<[string, number]> = [];
    for (const [name, annotators] of ANNOTATOR_SETS) {
      const seconds = await timed(articles, 1, (a) =>
        nlp.annotate(a.text, { annotators, ...(a.meta.publishedAt ? { docDate: a.meta.publishedAt.slice(0, 10) } : {}) }),
      );
      times.push([name, seconds]);
      full = seconds;
    }
    for (const [name, seconds] of times) {
      console.log(
        `  ${name.padEnd(34)} ${((seconds * 1000) / articles.length).toFixed(0).padStart(6)} ms/article  ${(tokens / seconds).toFixed(0).padStart(5)} tokens/s  ${((100 * seconds) / full).toFixed(0).padStart(3)} % of the full parse`,
      );
    }
    const base = times[0][1];
    console.log(
      `  depparse adds ${(((times[1][1] - base) * 1000) / articles.length).toFixed(0)} ms/article, ner ${(((times[2][1] - base) * 1000) / articles.length).toFixed(0)} ms/article;`,
    );
    console.log(`  the pipeline's own work on the parse takes ${((ownWork * 1000) / articles.length).toFixed(0)} ms/article`);
  }

  if (OLD_ENGINE) {
    const module = (await import(resolve(OLD_ENGINE, 'src/ingest/extract.ts'))) as {
      extractAnnotation: (text: string, meta?: ArticleMeta) => unknown;
    };
    const oldRun = async (a: { text: string; meta: ArticleMeta }) => module.extractAnnotation(a.text, a.meta);
    await timed(articles, 1, oldRun); // warm-up
    let passes = 0;
    let seconds = 0;
    while (seconds < 3) {
      seconds += await timed(articles, 1, oldRun);
      passes++;
    }
    const oldRate = (passes * articles.length) / seconds;
    console.log(`\nprevious rule engine (${OLD_ENGINE}, in this process, no server): ${rate(passes * articles.length, seconds)}`);
    console.log(
      `new pipeline / rule engine: ${(articles.length / single / oldRate).toFixed(4)} one by one, ${(articles.length / batch / oldRate).toFixed(4)} in batches`,
    );
  } else {
    console.log('\nprevious rule engine: not measured (pass --old-engine <dir>, a checkout of 889cea5 with its node_modules; see README)');
  }
}

/** The parse alone under each configuration, article by article, configurations interleaved. */
async function compareConfigs(
  nlp: NlpClient,
  articles: Array<{ text: string; meta: ArticleMeta }>,
  tokens: number,
  configs: Array<[string, ParseConfig]>,
): Promise<void> {
  const options = (a: { meta: ArticleMeta }, c: ParseConfig): AnnotateOptions => ({
    annotators: c.annotators,
    properties: c.properties,
    ...(a.meta.publishedAt ? { docDate: a.meta.publishedAt.slice(0, 10) } : {}),
  });
  // CoreNLP's server keeps one pipeline, the last request's properties: switching rebuilds it (and, short of
  // heap, reloads models). So each configuration runs in a block after a warm-up, in order then in reverse
  // order (A B B A), which cancels a load that drifts steadily.
  const seconds = new Map(configs.map(([name]) => [name, 0]));
  const stats = new Map(configs.map(([name]): [string, SelectiveStats] => [name, { sentences: 0, parsed: 0, mismatched: 0 }]));
  const parse = (a: { text: string; meta: ArticleMeta }, name: string, c: ParseConfig) =>
    c.selective ? annotateSelectively(nlp, a.text, options(a, c), c.selective, stats.get(name)) : nlp.annotate(a.text, options(a, c));
  const cpu = new Map(configs.map(([name]) => [name, 0]));
  for (const [name, c] of [...configs, ...[...configs].reverse()]) {
    await parse(articles[0], name, c);
    const ticks = SERVER_PID ? cpuTicks(SERVER_PID) : 0;
    for (const a of articles) {
      const start = performance.now();
      await parse(a, name, c);
      seconds.set(name, seconds.get(name)! + (performance.now() - start) / 2000);
    }
    if (SERVER_PID) cpu.set(name, cpu.get(name)! + (cpuTicks(SERVER_PID) - ticks) / TICKS_PER_SECOND / 2);
    console.error(`  ${name}: block done`);
  }
  const first = seconds.get(configs[0][0])!;
  console.log(`\nparse configurations side by side (parse only, one article at a time, ${articles.length} articles each):`);
  for (const [name, c] of configs) {
    const s = seconds.get(name)!;
    const st = stats.get(name)!;
    const serverCpu = SERVER_PID ? `  server CPU ${((cpu.get(name)! * 1000) / articles.length).toFixed(0).padStart(5)} ms/article` : '';
    const share = st.sentences
      ? ` (parsed ${((100 * st.parsed) / st.sentences).toFixed(0)} % of sentences, ${st.mismatched} out of step)`
      : '';
    console.log(
      `  ${name.padEnd(12)} ${((s * 1000) / articles.length).toFixed(0).padStart(6)} ms/article  ${(articles.length / s).toFixed(2).padStart(6)} articles/s  ${(tokens / s).toFixed(0).padStart(5)} tokens/s${serverCpu}  ${(s / first).toFixed(2)} × ${configs[0][0]}  ${c.note}${share}`,
    );
  }
  console.log(
    `  load average now ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

if (!polnearAvailable()) {
  console.error(`PolNeAR not found at ${POLNEAR_DIR} (POLNEAR_DIR): nothing to measure`);
  process.exit(1);
}
const connection = await connectNlp(loadConfig(), (msg) => console.error(msg));
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(130);
    stopping = true;
    console.error(`${signal}: stopping`);
    void connection.stop().finally(() => process.exit(130));
  });
}
try {
  await main(connection);
} finally {
  if (!stopping) await connection.stop();
}
