/**
 * The bench stops what it started: `npm run bench` on the seed corpus, sent SIGTERM while it
 * measures, exits with 143 and leaves none of its processes behind (its three servers, the
 * Neo4j it started, anything they spawned); killed with SIGKILL, which runs no handler, it leaves
 * none either (src/server/stop-with-parent.ts) and the Bolt port is free.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { portIsOpen } from '../../src/server/child-process.ts';
import { isAlive } from '../support/processes.ts';

const BOLT_PORT = 7799;

/** Every process below `root` (children, grandchildren…), read from /proc. */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const [child, ppid] of parent) {
      if (ppid !== pid) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

describe('npm run bench stopped mid-run', () => {
  it('SIGTERM: stops its servers and its Neo4j and exits with 143', async () => {
    const { code, left } = await benchStopped('SIGTERM');
    expect(code).toBe(143);
    expect(left).toEqual([]);
  }, 600_000);

  it('SIGKILL (no handler runs): its servers and its Neo4j stop with it and the Bolt port is freed', async () => {
    const { left, boltOpen } = await benchStopped('SIGKILL');
    expect(left).toEqual([]);
    expect(boltOpen).toBe(false);
  }, 600_000);
});

/** Runs the bench until it measures, sends it `signal`, and reports what it started that is still alive 60 s later at most. */
async function benchStopped(signal: NodeJS.Signals) {
  const bench = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/run.ts',
      '--size',
      'seed',
      '--systems',
      'ours,raw,peer',
      '--ops',
      'search',
      '--connections',
      '1',
      '--warmup',
      '1',
      '--duration',
      '120',
    ],
    // An instance of its own (bench-seed-7799), so that a bench run going on meanwhile is not touched.
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BENCH_NEO4J_PORT: String(BOLT_PORT) } },
  );
  const output: string[] = [];
  const logged = new Set<number>();
  bench.stderr.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise<number | null>((resolve) => bench.once('exit', (code) => resolve(code)));

  // Measuring has begun once the agreement check is done and a system is being driven.
  const measuring = new Promise<void>((resolve, reject) => {
    createInterface({ input: bench.stdout }).on('line', (line) => {
      output.push(line);
      for (const m of line.matchAll(/\(pid (\d+)/g)) logged.add(Number(m[1]));
      if (/search: the systems agree/.test(line)) setTimeout(resolve, 3000);
    });
    void exited.then((code) => reject(new Error(`the bench exited (code ${code}) before measuring:\n${output.join('\n')}`)));
  });
  let started: number[] = [];
  // Whatever fails below, the bench does not outlive the test, nor anything it started.
  onTestFinished(async () => {
    if (bench.exitCode === null && bench.signalCode === null) {
      bench.kill('SIGTERM');
      await exited;
    }
    for (const pid of started) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  });
  await measuring;

  started = [...new Set([...descendants(bench.pid!), ...logged])];
  // Three servers and a Neo4j at least.
  expect(started.filter(isAlive).length, output.join('\n')).toBeGreaterThanOrEqual(4);
  bench.kill(signal);
  const code = await exited;

  // After a SIGKILL the Neo4j gets its SIGTERM only then, and takes some seconds to stop.
  const deadline = Date.now() + (signal === 'SIGKILL' ? 60_000 : 10_000);
  while (started.some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  return { code, left: started.filter(isAlive), boltOpen: await portIsOpen(BOLT_PORT) };
}
