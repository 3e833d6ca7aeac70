/**
 * `npm run bench:soak [-- --size 10k] [--minutes 10] [--connections 16] [--warmup 60] [--timeout 10]`
 *
 * The soak: our API alone, driven for `--minutes` with every benchmark operation mixed (the six,
 * and the anchored ones on hubs and rare anchors, their requests interleaved) at `--connections`,
 * after a warm-up. Every 10 s the API's and Neo4j's resident memory, the requests answered so far
 * and the failures are sampled. Targets: no failed request (connection errors, timeouts, non-2xx,
 * and GraphQL errors in a final check of every operation) and the API's RSS at the end ≤ 1.1× its
 * RSS right after the warm-up. Writes the series to results/soak-<size>-<time>.json.
 *
 * Whether a growth of RSS is a leak or V8 sizing its heap: the API runs with `--expose-gc` and
 * reports `process.memoryUsage()` over an IPC channel (bench/servers/main.ts; nothing of it on
 * the HTTP surface). Every sample carries its heap used and total as they are; right after the
 * warm-up and at the end, with no request in flight, the API also reports its heap used after a
 * full GC (taken after the RSS reading, so that the RSS series is not disturbed by it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { numberArg, parseArgs } from './args.ts';
import { benchNeo4jPid, openBenchDatabase, parseSize, stopBenchNeo4j } from './corpus-db.ts';
import { DEFAULT_SEED } from './generate.ts';
import { buildServers, rssMb, serverMemory, startServer, stopAllServers } from './processes.ts';
import { stopOnSignal } from './shutdown.ts';
import { walkOnce } from './walks.ts';
import { buildAllWorkloads, sampleAnchorParameters, sampleParameters, type Request, type Workload } from './workloads.ts';

const args = parseArgs(process.argv.slice(2));
const size = parseSize(args.get('size') ?? '10k');
const minutes = numberArg(args, 'minutes', 10);
const connections = numberArg(args, 'connections', 16);
const warmup = numberArg(args, 'warmup', 60);
const timeout = numberArg(args, 'timeout', 10);
const SAMPLE_SECONDS = 10;
const log = (msg: string) => console.log(`[soak] ${msg}`);

interface Sample {
  seconds: number;
  apiRssMb: number;
  /** V8's heap as the API reports it at the sample, without forcing a GC. */
  apiHeapUsedMb: number;
  apiHeapTotalMb: number;
  neo4jRssMb: number;
  requests: number;
  failed: number;
}

/** Drives the mix for `seconds`; calls `onResponse` per answered request. */
function driveMix(url: string, requests: Request[], seconds: number, counters: { requests: number; non2xx: number }) {
  const run = autocannon({
    url,
    connections,
    duration: seconds,
    timeout,
    requests: requests.map((r) => ({ method: 'POST', path: r.path, headers: { 'content-type': 'application/json' }, body: r.body })),
  });
  run.on('response', (_client, status) => {
    counters.requests++;
    if (status < 200 || status >= 300) counters.non2xx++;
  });
  return run;
}

stopOnSignal(async () => {
  await stopAllServers();
  await stopBenchNeo4j();
}, log);
buildServers(log);
const bench = await openBenchDatabase({ size, seed: DEFAULT_SEED, log });
let exitCode = 0;
try {
  const neo4jPid = benchNeo4jPid(size);
  const written = buildAllWorkloads(
    await sampleParameters(bench.db),
    await sampleAnchorParameters(bench.db, 'hub'),
    await sampleAnchorParameters(bench.db, 'rare'),
  );
  const server = await startServer('ours', bench.local.uri, ['--expose-gc'], { ipc: true });
  // The walks' later pages carry the cursors of the pages before them: sent once first.
  const workloads: Workload[] = [];
  for (const w of written) workloads.push(await walkOnce(w, 'ours', server.url, timeout));
  // Interleaved: request i of every operation, then i + 1…, so every connection sees the mix.
  const longest = Math.max(...workloads.map((w) => w.requests.ours.length));
  const mix = Array.from({ length: longest }, (_, i) =>
    workloads.flatMap((w) => (i < w.requests.ours.length ? [w.requests.ours[i]] : [])),
  ).flat();
  log(`${workloads.length} operations, ${mix.length} requests in the mix: ${workloads.map((w) => w.name).join(', ')}`);

  const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  /** The API's heap used after a full GC, and its RSS right after that GC. */
  const afterGc = async () => {
    const m = await serverMemory(server.proc, true);
    if (!m.gc) throw new Error('the API did not run a full GC (is it started with --expose-gc?)');
    return { heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), rssMb: mb(m.rss) };
  };
  log(`ours listening at ${server.url} (pid ${server.proc.pid}); warming up for ${warmup} s`);
  const warm = await driveMix(server.url, mix, warmup, { requests: 0, non2xx: 0 });
  const rssAfterWarmup = rssMb(server.proc.pid);
  const gcAfterWarmup = await afterGc();
  log(
    `warm-up: ${warm.requests.total} requests, ${warm.errors} errors, ${warm.timeouts} timeouts; API RSS ${rssAfterWarmup.toFixed(0)} MB; after a full GC: heap used ${gcAfterWarmup.heapUsedMb} MB of ${gcAfterWarmup.heapTotalMb}, RSS ${gcAfterWarmup.rssMb} MB`,
  );

  const counters = { requests: 0, non2xx: 0 };
  const samples: Sample[] = [];
  const started = performance.now();
  const loadavgAtStart = loadavg();
  let errors = 0;
  const sample = async () => {
    const heap = await serverMemory(server.proc, false).catch(() => undefined);
    const s: Sample = {
      seconds: Math.round((performance.now() - started) / 1000),
      apiRssMb: Math.round(rssMb(server.proc.pid)),
      apiHeapUsedMb: heap ? mb(heap.heapUsed) : NaN,
      apiHeapTotalMb: heap ? mb(heap.heapTotal) : NaN,
      neo4jRssMb: Math.round(rssMb(neo4jPid)),
      requests: counters.requests,
      failed: counters.non2xx + errors,
    };
    samples.push(s);
    log(
      `${s.seconds} s: ${s.requests} requests, ${s.failed} failed so far; API RSS ${s.apiRssMb} MB (heap ${s.apiHeapUsedMb} of ${s.apiHeapTotalMb} MB), Neo4j RSS ${s.neo4jRssMb} MB`,
    );
  };
  await sample();
  const sampler = setInterval(() => void sample(), SAMPLE_SECONDS * 1000);
  const run = driveMix(server.url, mix, minutes * 60, counters);
  const result = await run;
  clearInterval(sampler);
  errors = result.errors;
  await sample();
  const gcAtEnd = await afterGc();

  // GraphQL errors come back with status 200: ask every operation once more and look.
  const graphqlErrors: string[] = [];
  for (const w of workloads) {
    const r = w.requests.ours[0];
    const body = await fetch(server.url + r.path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: r.body,
      signal: AbortSignal.timeout(timeout * 1000),
    })
      .then((res) => res.json())
      .catch((e: Error) => ({ errors: [{ message: e.message }] }));
    if (body.errors?.length || !body.data) graphqlErrors.push(`${w.name}: ${JSON.stringify(body.errors ?? body).slice(0, 200)}`);
  }

  const rssAtEnd = samples.at(-1)!.apiRssMb;
  const summary = {
    size,
    minutes,
    connections,
    warmupSeconds: warmup,
    requests: result.requests.total,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors,
    apiRssAfterWarmupMb: Math.round(rssAfterWarmup),
    apiRssAtEndMb: rssAtEnd,
    apiRssGrowth: Math.round((rssAtEnd / rssAfterWarmup) * 1000) / 1000,
    apiAfterGcAfterWarmup: gcAfterWarmup,
    apiAfterGcAtEnd: gcAtEnd,
    apiHeapAfterGcGrowth: Math.round((gcAtEnd.heapUsedMb / gcAfterWarmup.heapUsedMb) * 1000) / 1000,
    apiRssMaxMb: Math.max(...samples.map((s) => s.apiRssMb)),
    neo4jRssMaxMb: Math.max(...samples.map((s) => s.neo4jRssMb)),
    loadavgAtStart,
    loadavgAtEnd: loadavg(),
  };
  const failed = summary.errors + summary.timeouts + summary.non2xx + graphqlErrors.length;
  console.log(
    `\nsoak (${size}, ${minutes} min, ${connections} connections, ${workloads.length} operations mixed): ${summary.requests} requests, ${summary.reqPerSec} req/s, p50 ${summary.p50} ms, p99 ${summary.p99} ms; ` +
      `${summary.errors} errors, ${summary.timeouts} timeouts, ${summary.non2xx} non-2xx, ${graphqlErrors.length} operations answering GraphQL errors after; ` +
      `API RSS ${summary.apiRssAfterWarmupMb} MB after warm-up → ${rssAtEnd} MB at the end (×${summary.apiRssGrowth}; max ${summary.apiRssMaxMb}), Neo4j RSS max ${summary.neo4jRssMaxMb} MB; ` +
      `API heap used after a full GC ${gcAfterWarmup.heapUsedMb} MB after warm-up → ${gcAtEnd.heapUsedMb} MB at the end (×${summary.apiHeapAfterGcGrowth}; RSS after that GC ${gcAfterWarmup.rssMb} → ${gcAtEnd.rssMb} MB); ` +
      `targets: 0 failed ${failed === 0 ? 'met' : `MISSED (${failed})`}, RSS ≤ 1.1× ${summary.apiRssGrowth <= 1.1 ? 'met' : 'MISSED'}`,
  );
  for (const e of graphqlErrors) log(`GraphQL errors: ${e}`);
  const dir = join(PROJECT_ROOT, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `soak-${size}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ corpus: bench.marker, summary, samples, operations: workloads.map((w) => w.name) }, null, 2));
  log(`series: ${file}`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await stopAllServers();
  await bench.close();
}
process.exit(exitCode);
