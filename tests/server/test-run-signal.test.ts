/**
 * A test run stopped by a signal takes its servers with it. Vitest ends on SIGTERM or SIGINT without
 * running the global teardown (tests/support/global-setup.ts), which used to leave the run's Neo4j and
 * CoreNLP running; they are now tied to the run's process (src/server/stop-with-parent.ts). Each case
 * starts a `vitest run` of its own on one tiny test file that holds the servers, with the real global
 * setup on ports of its own, signals it, and checks that neither java it started is left.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { freePort, sleep } from '../support/servers.ts';
import { isAlive } from '../support/processes.ts';

const VITEST = join(PROJECT_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const GLOBAL_SETUP = join(PROJECT_ROOT, 'tests', 'support', 'global-setup.ts');

describe('a test run ended by a signal', () => {
  it('SIGTERM once the servers are up: no Neo4j or CoreNLP of that run is left', async () => {
    const run = await startRun();
    await run.waitFor(() => existsSync(run.holding), 'the test file to run');
    expect(run.javas()).toHaveLength(2);
    expect(await run.signal('SIGTERM'), run.output()).toEqual([]);
  }, 600_000);

  it('SIGKILL while the servers start: no Neo4j or CoreNLP of that run is left', async () => {
    const run = await startRun();
    await run.waitFor(() => run.javas().length === 2, 'both servers to be spawned');
    expect(await run.signal('SIGKILL'), run.output()).toEqual([]);
  }, 600_000);
});

/** A `vitest run` of one test file that waits forever, with the project's global setup. */
async function startRun() {
  const dir = mkdtempSync(join(tmpdir(), 'test-run-signal-'));
  const holding = join(dir, 'holding');
  writeFileSync(
    join(dir, 'vitest.config.mjs'),
    `export default { test: ${JSON.stringify({ root: dir, include: ['hold.test.mjs'], globals: true, globalSetup: [GLOBAL_SETUP], reporters: ['default'] })} };\n`,
  );
  writeFileSync(
    join(dir, 'hold.test.mjs'),
    `import { writeFileSync } from 'node:fs';\ntest('holds the servers', async () => { writeFileSync(${JSON.stringify(holding)}, ''); await new Promise(() => {}); }, 600_000);\n`,
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_TEST_BOLT_PORT: String(await freePort()),
    CORENLP_TEST_PORT: String(await freePort()),
  };
  // Servers of its own, never the ones this run was given.
  delete env.NEO4J_TEST_URI;
  delete env.CORENLP_TEST_URL;
  const child = spawn(process.execPath, [VITEST, 'run', '--config', join(dir, 'vitest.config.mjs')], { cwd: PROJECT_ROOT, env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const javas = () => [...output.matchAll(/\[test (?:neo4j|corenlp)\] starting \S+(?: [\d.]+)? \(pid (\d+)/g)].map((m) => Number(m[1]));
  // Whatever happens, stop what this run started (that vitest and its two javas, by their pids).
  onTestFinished(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const pid of javas()) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    // Its instance folders and port locks are on ports no other run uses: remove them too.
    for (const [, server, instance, port] of output.matchAll(
      /\[test (neo4j|corenlp)\] starting .*? log: (\S+\/instances\/test-(\d+))\//g,
    )) {
      rmSync(instance, { recursive: true, force: true });
      rmSync(join(tmpdir(), 'provenance-graph-test-locks', `${server === 'neo4j' ? 'test' : 'corenlp'}-${port}`), {
        recursive: true,
        force: true,
      });
    }
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    holding,
    javas,
    output: () => output,
    async waitFor(done: () => boolean, what: string) {
      while (!done()) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`vitest ended before ${what}:\n${output}`);
        await sleep(200);
      }
    },
    /** Sends the signal to vitest alone; resolves with the javas of the run still alive 60 s after it ended. */
    async signal(signal: NodeJS.Signals): Promise<number[]> {
      child.kill(signal);
      await exited;
      const deadline = Date.now() + 60_000;
      while (javas().some(isAlive) && Date.now() < deadline) await sleep(500);
      return javas().filter(isAlive);
    },
  };
}
