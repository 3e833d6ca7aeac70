/**
 * The benchmark's Neo4j instances: one local instance per corpus size (`.neo4j/instances/bench-<size>`,
 * its own Bolt port and memory), started or reused, and stopped on a signal. What they hold is
 * bench/corpus-db.ts's business.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { portIsOpen } from '../src/server/child-process.ts';
import { loadConfig } from '../src/server/config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../src/server/local-neo4j/instance.ts';
import type { SizeName } from './generate.ts';
import { stopNeo4jImports } from './neo4j-import.ts';

export const BENCH_PORTS: Record<SizeName, number> = { seed: 7791, '1k': 7792, '10k': 7793, '100k': 7794 };

/**
 * Heap and page cache per size, set explicitly: the machine's RAM is shared. The page cache holds
 * the whole store at 10k (0.4 GB) and at 100k (3.7 GB, indexes included), so that the 100k/10k
 * latency ratio compares plans, not disk reads (checked: README, "Benchmarks").
 */
export const BENCH_MEMORY: Record<SizeName, { heap: string; pageCache: string }> = {
  seed: { heap: '1g', pageCache: '512m' },
  '1k': { heap: '2g', pageCache: '1g' },
  '10k': { heap: '2g', pageCache: '1g' },
  '100k': { heap: '4g', pageCache: '6g' },
};

/**
 * The size's instance: `bench-<size>` on its port, or, with BENCH_NEO4J_PORT set (tests that run
 * the bench while another run may be going), `bench-<size>-<port>` on that port.
 */
const override = () => (process.env.BENCH_NEO4J_PORT ? Number(process.env.BENCH_NEO4J_PORT) : undefined);
const instanceName = (size: SizeName) => (override() ? `bench-${size}-${override()}` : `bench-${size}`);
const benchPort = (size: SizeName) => override() ?? BENCH_PORTS[size];
export const instanceHome = (size: SizeName) =>
  join(loadConfig({ ...process.env, NEO4J_URI: undefined }).NEO4J_CACHE_DIR, 'instances', instanceName(size));

/**
 * Starts the size's own Neo4j. When the port already answers: if it is this size's instance (the
 * pid its folder records is alive and runs from that folder, e.g. left by a bench that was
 * killed), it is reused and left running at the end; anything else is named in the error.
 */
export async function startBenchNeo4j(size: SizeName, log: (msg: string) => void): Promise<LocalNeo4j> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  const port = benchPort(size);
  if (await portIsOpen(port)) {
    const pid = recordedPid(size);
    const home = instanceHome(size);
    if (pid && runsFrom(pid, home)) {
      log(`reusing the bench-${size} Neo4j already running (pid ${pid}, bolt://127.0.0.1:${port}); it is left running at the end`);
      return { uri: `bolt://127.0.0.1:${port}`, startedHere: false, logFile: join(home, 'logs', 'console.log'), stop: async () => {} };
    }
    throw new Error(`port ${port} (the bench-${size} Neo4j's) is taken by another process: ${whoListens(port)}; stop it or free the port`);
  }
  // Another run is starting this very instance (its pid recorded, the port not open yet).
  const startingPid = recordedPid(size);
  if (startingPid && runsFrom(startingPid, instanceHome(size))) {
    throw new Error(
      `the bench-${size} Neo4j (pid ${startingPid}) is being started by another run; wait for it to answer on port ${port}, or stop it`,
    );
  }
  starting.add(size);
  try {
    return await startLocalNeo4j({
      cacheDir: config.NEO4J_CACHE_DIR,
      name: instanceName(size),
      boltPort: port,
      reuse: false,
      memory: BENCH_MEMORY[size],
      log,
    });
  } finally {
    starting.delete(size);
  }
}

/** Sizes whose Neo4j is being started by this process (a signal then stops it by its recorded pid). */
const starting = new Set<SizeName>();

/** The Neo4j instances this process started and has not stopped yet. */
export const runningHere = new Set<LocalNeo4j>();

/**
 * On SIGINT/SIGTERM: stops every Neo4j this process started, including one still starting (by the
 * pid recorded right after the spawn); a reused one is left alone.
 */
export async function stopBenchNeo4j(): Promise<void> {
  stopNeo4jImports();
  await Promise.all([...runningHere].map((local) => local.stop()));
  runningHere.clear();
  await stopStartingNeo4j();
}

async function stopStartingNeo4j(): Promise<void> {
  for (const size of starting) {
    const pid = recordedPid(size);
    if (!pid || !runsFrom(pid, instanceHome(size))) continue;
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 30_000;
    while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
}

export function recordedPid(size: SizeName): number | undefined {
  const file = join(instanceHome(size), 'run', 'neo4j.pid');
  const pid = existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : NaN;
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function runsFrom(pid: number, home: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(`--home-dir=${home}`);
  } catch {
    return false;
  }
}

function whoListens(port: number): string {
  const ss = spawnSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
  return ss.status === 0 && ss.stdout.trim() ? ss.stdout.trim().replace(/\s+/g, ' ') : 'a process ss could not name';
}

/** The process id of the size's Neo4j (for its CPU time), as the instance records it. */
export const benchNeo4jPid = (size: SizeName) => Number(readFileSync(join(instanceHome(size), 'run', 'neo4j.pid'), 'utf8'));
