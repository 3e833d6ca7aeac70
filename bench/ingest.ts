/**
 * `CORENLP_URL=http://127.0.0.1:9000 npm run bench:ingest [-- --copies 2] [--timeout 120]`
 *
 * Ingest at scale, end to end (text → extraction with the NLP server → graph), in articles/s, on
 * the six real articles of /work/shared/corpus (`CORPUS_DIR`), each repeated `--copies` times with
 * a closing line that makes every copy a new text (the ingest is idempotent by content hash):
 *
 * - through the API: the `ingestArticle` mutation, one article after another, over HTTP, to the
 *   app started here (production settings, an API key);
 * - through the CLI: `npm run ingest -- <folder>` on a folder of other copies, wall time from
 *   start to exit (its start-up included, and reported apart from the articles' time where the
 *   CLI prints it).
 *
 * Both write into a Neo4j of their own (`.neo4j/instances/bench-ingest`, emptied first). Needs a
 * running CoreNLP at CORENLP_URL (the shared dev server), so that no 2 GB CoreNLP is started here.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { startLocalNeo4j } from '../src/server/local-neo4j/instance.ts';
import { createLogger } from '../src/server/logger.ts';
import { numberArg, parseArgs } from './args.ts';
import { stopOnSignal } from './shutdown.ts';

const args = parseArgs(process.argv.slice(2));
const copies = Math.round(numberArg(args, 'copies', 2));
const timeout = numberArg(args, 'timeout', 120);
const corpusDir = process.env.CORPUS_DIR ?? '/work/shared/corpus';
const nlpUrl = process.env.CORENLP_URL;
const log = (msg: string) => console.log(`[bench:ingest] ${msg}`);
if (!nlpUrl) throw new Error('set CORENLP_URL to a running CoreNLP (e.g. http://127.0.0.1:9000)');

const originals = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(join(corpusDir, f), 'utf8') }));
/** Copy k of every article: the same text with a closing line of its own. */
const copy = (k: number) => originals.map((a) => ({ name: `${a.name}-copy${k}`, text: `${a.text.trimEnd()}\n\nBenchmark copy ${k}.\n` }));

const config0 = loadConfig({ ...process.env, NEO4J_URI: undefined });
const home = join(config0.NEO4J_CACHE_DIR, 'instances', 'bench-ingest');
rmSync(join(home, 'data'), { recursive: true, force: true });
let stopNeo4j: () => Promise<void> = async () => {};
let stopApp: () => Promise<void> = async () => {};
stopOnSignal(async () => {
  await stopApp();
  await stopNeo4j();
}, log);
const local = await startLocalNeo4j({ cacheDir: config0.NEO4J_CACHE_DIR, name: 'bench-ingest', boltPort: 7795, reuse: false, log });
stopNeo4j = () => local.stop();

const API_KEY = 'bench-ingest-key-0123456789';
let exitCode = 0;
const loadAtStart = loadavg();
try {
  const config = loadConfig({
    NODE_ENV: 'production',
    NEO4J_URI: local.uri,
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'warn',
    CORENLP_URL: nlpUrl,
    API_KEY,
  });
  const app = await startApp(config, createLogger(config.LOG_LEVEL));
  stopApp = () => app.stop();

  // --- through the API, one by one ---------------------------------------------------------
  const mutation = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { stats { claims duplicate } } }`;
  const viaApi = Array.from({ length: copies }, (_, k) => copy(k + 1)).flat();
  // One warm-up article (the first parse loads the pipeline's caches), not counted.
  const warm = copy(0)[0];
  const ask = async (text: string) => {
    const response = await fetch(new URL('/graphql', app.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
      body: JSON.stringify({ query: mutation, variables: { input: { text, publishedAt: '2024-01-01T00:00:00Z', outlet: 'Newser' } } }),
      signal: AbortSignal.timeout(timeout * 1000),
    });
    return (await response.json()) as { data?: { ingestArticle: { stats: { claims: number; duplicate: boolean } } }; errors?: unknown[] };
  };
  await ask(warm.text);
  let claims = 0;
  const failures: string[] = [];
  const apiStarted = performance.now();
  for (const a of viaApi) {
    const t = performance.now();
    const body: Awaited<ReturnType<typeof ask>> = await ask(a.text).catch((e: Error) => ({ errors: [e.message] }));
    if (body.errors?.length || !body.data) failures.push(`${a.name}: ${JSON.stringify(body.errors).slice(0, 200)}`);
    else claims += body.data.ingestArticle.stats.claims;
    log(`API ${a.name}: ${((performance.now() - t) / 1000).toFixed(2)} s`);
  }
  const apiSeconds = (performance.now() - apiStarted) / 1000;
  await app.stop();
  stopApp = async () => {};

  // --- through the CLI, a folder at once -----------------------------------------------------
  const folder = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  const viaCli = Array.from({ length: copies }, (_, k) => copy(copies + k + 1)).flat();
  for (const a of viaCli) writeFileSync(join(folder, `${a.name}.txt`), a.text);
  const cliStarted = performance.now();
  const cli = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', folder, '--published', '2024-01-01', '--outlet', 'Newser'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: local.uri, CORENLP_URL: nlpUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let cliOutput = '';
  cli.stdout.on('data', (c) => (cliOutput += c));
  cli.stderr.on('data', (c) => (cliOutput += c));
  const cliCode = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => cli.kill('SIGTERM'), timeout * 1000 * viaCli.length);
    cli.once('exit', (code) => (clearTimeout(timer), resolve(code)));
  });
  const cliSeconds = (performance.now() - cliStarted) / 1000;
  rmSync(folder, { recursive: true, force: true });

  const summary = {
    articles: { api: viaApi.length, cli: viaCli.length },
    api: {
      seconds: Math.round(apiSeconds * 10) / 10,
      articlesPerSecond: Math.round((viaApi.length / apiSeconds) * 100) / 100,
      claims,
      failures,
    },
    cli: {
      seconds: Math.round(cliSeconds * 10) / 10,
      articlesPerSecond: Math.round((viaCli.length / cliSeconds) * 100) / 100,
      exitCode: cliCode,
      lastLines: cliOutput.trim().split('\n').slice(-4),
    },
    loadavgAtStart: loadAtStart,
    loadavgAtEnd: loadavg(),
  };
  console.log(
    `\ningest, ${originals.length} articles × ${copies} copies a path: API one by one ${summary.api.articlesPerSecond} articles/s (${viaApi.length} in ${summary.api.seconds} s, ${claims} claims, ${failures.length} failed); ` +
      `CLI on a folder ${summary.cli.articlesPerSecond} articles/s (${viaCli.length} in ${summary.cli.seconds} s with its start-up, exit code ${cliCode}); load average ${loadAtStart.map((x) => x.toFixed(1)).join(' ')}`,
  );
  for (const f of failures) log(`failed: ${f}`);
  if (cliCode !== 0) log(`CLI output:\n${cliOutput.slice(-2000)}`);
  const dir = join(PROJECT_ROOT, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `ingest-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(summary, null, 2));
  log(`results: ${file}`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await stopApp();
  await stopNeo4j();
}
process.exit(exitCode);
