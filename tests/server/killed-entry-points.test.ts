/**
 * The API (`npm run dev`, the source of `npm start`) and `npm run eval` killed outright (SIGKILL: a CI
 * timeout, the OOM killer, `kill -9`; no handler runs) take the Neo4j and CoreNLP they started with
 * them (src/server/stop-with-parent.ts): each java is gone and its port free. Each run has cache
 * folders of its own with the project's jars linked in, and free ports, so nothing it starts is shared.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { portIsOpen } from '../../src/server/child-process.ts';
import { loadConfig } from '../../src/server/config.ts';
import { freePort, sleep } from '../support/servers.ts';
import { isAlive } from '../support/processes.ts';
import { linkJars } from '../support/server-clis.ts';

describe('an entry point killed with SIGKILL', () => {
  it('the API: its local Neo4j and background CoreNLP stop, their ports and the HTTP port are freed', async () => {
    const run = await startRun(['--import', 'tsx', 'src/server/main.ts'], { CORENLP_START: 'background', SEED_ON_START: 'false' });
    await run.waitFor(() => run.output().includes('GraphQL API ready') && run.javas().length === 2, 'the API and both servers');
    await run.waitForPorts();
    expect(await run.kill(), run.output()).toEqual({ javasAlive: [], portsOpen: [] });
  }, 600_000);

  it('npm run eval: the CoreNLP it started stops and its port is freed', async () => {
    const run = await startRun(['--import', 'tsx', 'src/cli/eval.ts'], {});
    await run.waitFor(() => run.javas().length === 1, 'CoreNLP to be spawned');
    await run.waitForPorts(['CORENLP_PORT']);
    expect(await run.kill(), run.output()).toEqual({ javasAlive: [], portsOpen: [] });
  }, 300_000);
});

const PORTS = ['NEO4J_LOCAL_BOLT_PORT', 'CORENLP_PORT', 'PORT'] as const;

/** Runs node with `args` on cache folders and ports of its own, with no NEO4J_URI or CORENLP_URL. */
async function startRun(args: string[], extra: Record<string, string>) {
  const neo4jDir = mkdtempSync(join(tmpdir(), 'killed-neo4j-'));
  const corenlpDir = mkdtempSync(join(tmpdir(), 'killed-corenlp-'));
  const config = loadConfig({});
  linkJars(config.NEO4J_CACHE_DIR, neo4jDir);
  linkJars(config.CORENLP_CACHE_DIR, corenlpDir);
  const ports: Record<(typeof PORTS)[number], number> = {
    NEO4J_LOCAL_BOLT_PORT: await freePort(),
    CORENLP_PORT: await freePort(),
    PORT: await freePort(),
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extra,
    ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
    HOST: '127.0.0.1',
    NEO4J_CACHE_DIR: neo4jDir,
    CORENLP_CACHE_DIR: corenlpDir,
  };
  delete env.NEO4J_URI;
  delete env.CORENLP_URL;
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const javas = () => [...output.matchAll(/starting (?:Neo4j|CoreNLP)[^(]*\(pid (\d+)/g)].map((m) => Number(m[1]));
  // Whatever happens, stop what this run started (that node and its javas, by their pids).
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const pid of javas()) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(neo4jDir, { recursive: true, force: true });
    rmSync(corenlpDir, { recursive: true, force: true });
  });
  const waitFor = async (done: () => boolean | Promise<boolean>, what: string, timeoutMs = 240_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await done())) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`it ended before ${what}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs / 1000} s:\n${output}`);
      await sleep(200);
    }
  };
  return {
    javas,
    output: () => output,
    waitFor,
    /** Until the servers' ports answer, so that "freed" below means something. */
    async waitForPorts(names: readonly (typeof PORTS)[number][] = PORTS) {
      for (const name of names) await waitFor(() => portIsOpen(ports[name]), `port ${name} to answer`);
    },
    /** SIGKILL; what of the run is still alive, and which of its ports still answer, 60 s after at most. */
    async kill() {
      child.kill('SIGKILL');
      await exited;
      const deadline = Date.now() + 60_000;
      while (javas().some(isAlive) && Date.now() < deadline) await sleep(500);
      const portsOpen: string[] = [];
      for (const name of PORTS) if (await portIsOpen(ports[name])) portsOpen.push(name);
      return { javasAlive: javas().filter(isAlive), portsOpen };
    },
  };
}
