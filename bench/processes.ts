/**
 * The benchmarked servers as child processes (bench/servers/main.ts, one system each), and what
 * the bench reads of them from /proc: CPU time and resident memory. The servers run compiled
 * (`npm run build`, dist/bench/servers/main.js) under plain node, as deployed: no tsx loader and
 * no source maps, for all three systems alike.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/project-root.ts';
import { stopWithParent } from '../src/server/stop-with-parent.ts';
import type { SystemName, Workload } from './workloads.ts';

export interface Proc {
  pid: number;
  child?: ChildProcess;
}

export const TICKS_PER_SECOND = 100;

/** The process's user + system CPU time in clock ticks. */
export function cpuTicks(pid: number): number {
  // Fields after the command name (which may contain spaces): utime is the 12th, stime the 13th.
  const stat = readProc(pid, 'stat');
  if (!stat) return NaN;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** Resident memory in MB; 0 once the process is gone. */
export const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readProc(pid, 'status'))?.[1] ?? 0) / 1024;

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

/** The compiled entry point of the benchmarked servers (built from bench/servers/main.ts). */
export const SERVER_SCRIPT = join(PROJECT_ROOT, 'dist', 'bench', 'servers', 'main.js');

/**
 * `npm run build`, once, before any server starts, so that the servers run the current sources.
 * Exits the process with the build's status if it fails.
 */
export function buildServers(log: (msg: string) => void = console.log): void {
  log('building the servers (npm run build)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.error || result.status !== 0) {
    console.error(
      `npm run build failed (${result.error?.message ?? `exit code ${result.status}`}); the benchmark needs the compiled servers in dist/`,
    );
    process.exit(result.status || 1);
  }
}

/**
 * Starts one system's server; `nodeArgs` go to node before the script (e.g. `--cpu-prof`). With
 * `ipc`, the child gets an IPC channel (the soak asks it for its heap through it: `serverMemory`).
 */
export async function startServer(
  system: SystemName,
  uri: string,
  nodeArgs: string[] = [],
  options: { ipc?: boolean } = {},
): Promise<{ proc: Proc; url: string }> {
  const base = system === 'base' ? baseDir() : undefined;
  const script = base ? join(base, 'dist', 'bench', 'servers', 'main.js') : SERVER_SCRIPT;
  const child = spawn(process.execPath, [...systemNodeArgs(system), ...nodeArgs, script, base ? 'ours' : system, uri], {
    cwd: base ?? PROJECT_ROOT,
    // As deployed: graphql-js and Apollo take their production paths.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: options.ipc ? ['ignore', 'pipe', 'inherit', 'ipc'] : ['ignore', 'pipe', 'inherit'],
  });
  // A bench killed outright (SIGKILL, no handler runs) takes its servers and their ports with it.
  stopWithParent(child);
  started.add(child);
  child.once('exit', () => started.delete(child));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the ${system} server did not listen within ${STARTUP_TIMEOUT_MS / 1000} s`)),
      STARTUP_TIMEOUT_MS,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const m = /^LISTENING (\d+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      } else console.log(`[${system}] ${line}`);
    });
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`the ${system} server exited (code ${code}) before listening`))));
  }).catch(async (error) => {
    await stopServer({ pid: child.pid!, child });
    throw error;
  });
  return { proc: { pid: child.pid!, child }, url: `http://127.0.0.1:${port}` };
}

/**
 * Node flags for one system's server from `BENCH_NODE_ARGS_<SYSTEM>` (e.g.
 * `BENCH_NODE_ARGS_BASE=--max-semi-space-size=64`): a runtime setting measured side by side,
 * ours with it as `base` (BENCH_BASE_DIR the same checkout) against ours without.
 */
export function systemNodeArgs(system: SystemName): string[] {
  return (process.env[`BENCH_NODE_ARGS_${system.toUpperCase()}`] ?? '').split(/\s+/).filter(Boolean);
}

/** The checkout the `base` system runs ours from (built there with `npm run build`). */
function baseDir(): string {
  const dir = process.env.BENCH_BASE_DIR;
  if (!dir || !existsSync(join(dir, 'dist', 'bench', 'servers', 'main.js')))
    throw new Error('the base system needs BENCH_BASE_DIR: a checkout built with npm run build (dist/bench/servers/main.js)');
  return dir;
}

/**
 * How long a server may take to listen: ours applies the schema and migrates data written by an
 * earlier version before it listens, which on the 100k corpus can take minutes
 * (`BENCH_STARTUP_TIMEOUT` seconds overrides it).
 */
const STARTUP_TIMEOUT_MS = Number(process.env.BENCH_STARTUP_TIMEOUT ?? 1_200) * 1000;

/** Every server process started here and still running (a signal stops them all). */
const started = new Set<ChildProcess>();

export const stopAllServers = () => Promise.all([...started].map((child) => stopServer({ pid: child.pid!, child }))).then(() => undefined);

export function stopServer(proc: Proc): Promise<void> {
  const child = proc.child!;
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => (clearTimeout(force), resolve()));
    child.kill('SIGTERM');
  });
}

/**
 * Drives one system with one workload's requests (round-robin, as sent: bench/walks.ts) for `seconds`; `latencies` collects
 * each response time. A request unanswered after `timeout` seconds counts as a timeout (autocannon
 * then reuses the connection), so a system that hangs costs the slice, never the run.
 */
export function drive(
  url: string,
  workload: Workload,
  system: SystemName,
  conns: number,
  seconds: number,
  latencies?: number[],
  timeout = 10,
) {
  if (workload.requests[system].some((r) => r.follows))
    throw new Error(`${workload.name}: send its walks first (bench/walks.ts), so that each page carries the cursor of the page before`);
  const run = autocannon({
    url,
    connections: conns,
    duration: seconds,
    timeout,
    requests: workload.requests[system].map((r) => ({
      method: 'POST',
      path: r.path,
      headers: { 'content-type': 'application/json' },
      body: r.body,
    })),
  });
  if (latencies) run.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  return run;
}

/** The server's memory as it reports it over the IPC channel (`startServer(…, { ipc: true })`). */
export interface ServerMemory {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** Whether a full garbage collection ran first (the server runs with `--expose-gc`). */
  gc: boolean;
}

/**
 * Asks the server for `process.memoryUsage()` over IPC, after a full GC when `gc` is set and node
 * runs with `--expose-gc` (bench/servers/main.ts answers; nothing of it is on the HTTP surface).
 */
export function serverMemory(proc: Proc, gc: boolean, timeoutMs = 10_000): Promise<ServerMemory> {
  const child = proc.child!;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (child.off('message', onMessage), reject(new Error('no memory report within 10 s'))), timeoutMs);
    const onMessage = (message: unknown) => {
      const m = message as { type?: string } & ServerMemory;
      if (m?.type !== 'memory') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(m);
    };
    child.on('message', onMessage);
    child.send({ type: 'memory', gc });
  });
}
