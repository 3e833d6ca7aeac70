/**
 * `npm run bench:profile -- [--size 10k] [--system ours|raw|peer|jit|base] [--ops claimsByClaimant] [--connections 16] [--duration 15]`
 *
 * Where a server's CPU goes: starts one system's server under V8's sampling profiler
 * (`--cpu-prof`), drives the chosen operations with autocannon, stops the server and prints its
 * self time by package and by function. The .cpuprofile is kept under results/profiles/ (open it
 * in Chrome DevTools or speedscope for the call tree). `--file <.cpuprofile>` summarizes one again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { numberArg, parseArgs } from './args.ts';
import { openBenchDatabase, parseSize } from './corpus-db.ts';
import { DEFAULT_SEED } from './generate.ts';
import { buildServers, drive, startServer, stopServer } from './processes.ts';
import { walkOnce } from './walks.ts';
import { buildWorkloads, sampleParameters, SYSTEMS, type SystemName } from './workloads.ts';

const args = parseArgs(process.argv.slice(2));
const size = parseSize(args.get('size'));
const system = (args.get('system') ?? 'ours') as SystemName;
// `base`: ours from BENCH_BASE_DIR (another checkout), to profile the build before a change.
const PROFILED: SystemName[] = [...SYSTEMS, 'jit', 'base'];
if (!PROFILED.includes(system)) throw new Error(`--system must be one of ${PROFILED.join(', ')}`);
const duration = numberArg(args, 'duration', 15);
const connections = numberArg(args, 'connections', 16);
const onlyOps = args.get('ops')?.split(',');
const top = numberArg(args, 'top', 30);
const log = (msg: string) => console.log(`[profile] ${msg}`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Where a script belongs: a package, the project's own code, or node's internals. */
function owner(url: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const own = url.indexOf(PROJECT_ROOT);
  // The servers run compiled: dist/src/server/x.js counts as src/server.
  return own >= 0 || url.startsWith('file://')
    ? ownPath(url)
        .replace(/^dist\//, '')
        .split('/')
        .slice(0, 2)
        .join('/')
    : url;
}

/** A project file's path from the root (e.g. dist/src/server/app.js), of this checkout or the base one. */
const BASE_ROOT = process.env.BENCH_BASE_DIR ? `file://${process.env.BENCH_BASE_DIR.replace(/\/?$/, '/')}` : undefined;
const ownPath = (url: string) => {
  const path = url.replace(`file://${PROJECT_ROOT}`, '');
  return BASE_ROOT ? path.replace(BASE_ROOT, '') : path;
};

function summarize(file: string) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
  const total = profile.samples.length;
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = owner(url);
    byOwner.set(where, (byOwner.get(where) ?? 0) + hits);
    const name = `${functionName || '(anonymous)'}  ${url ? `${ownPath(url)}:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
  }
  const pct = (n: number) => `${((100 * n) / total).toFixed(1).padStart(5)}%`;
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`\nself time by package (${total} samples):`);
  for (const [k, v] of sorted(byOwner)) console.log(`${pct(v)}  ${k}`);
  console.log(`\nself time by function:`);
  for (const [k, v] of sorted(byFunction)) console.log(`${pct(v)}  ${k}`);
}

const existing = args.get('file');
if (existing) {
  summarize(existing);
  process.exit(0);
}

buildServers(log);
const bench = await openBenchDatabase({ size, seed: DEFAULT_SEED, log });
const dir = join(PROJECT_ROOT, 'results', 'profiles');
try {
  const workloads = buildWorkloads(await sampleParameters(bench.db)).filter((w) => !onlyOps || onlyOps.includes(w.name));
  const server = await startServer(system, bench.local.uri, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const startedAt = Date.now();
  for (const w of workloads) {
    const sent = await walkOnce(w, system, server.url, 10);
    await drive(server.url, sent, system, connections, 3); // warm-up, as the bench does
    const result = await drive(server.url, sent, system, connections, duration);
    log(`${w.name}: ${result.requests.average} req/s at ${connections} connections (${result.errors + result.non2xx} errors)`);
  }
  await stopServer(server.proc);
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).mtimeMs >= startedAt)
    // The main thread's profile: the largest (should any other thread write one too).
    .sort((a, b) => statSync(a).size - statSync(b).size)
    .pop();
  if (!file) throw new Error(`the ${system} server wrote no profile to ${dir}`);
  log(`profile: ${file}`);
  summarize(file);
} finally {
  await bench.close();
}
process.exit(0);
