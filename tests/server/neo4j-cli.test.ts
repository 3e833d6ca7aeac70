/**
 * `npm run neo4j` run twice: the first starts the local Neo4j and stops it on SIGTERM; the second
 * finds it running and says it leaves it alone (it used to say "Ctrl-C stops it" and exit at once).
 * The instance lives in a cache folder of its own, with the project's Neo4j jars linked in.
 * The command is package.json's own script, so the process signalled is the one npm runs. A SIGKILL
 * of the CLI takes its Neo4j with it too (src/server/stop-with-parent.ts).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { loadConfig } from '../../src/server/config.ts';
import { freePort } from '../support/servers.ts';
import { isAlive } from '../support/processes.ts';
import { killedAfter, linkJars, terminatedAfter, type Instance } from '../support/server-clis.ts';

const run = promisify(execFile);
const SCRIPT: string = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts.neo4j;
const CLI = SCRIPT.replace(/^exec node /, '').split(' ');
const cacheDir = mkdtempSync(join(tmpdir(), 'neo4j-cli-'));
let env: NodeJS.ProcessEnv;
let first: ChildProcess;
let firstOutput = '';

/** A cache folder of its own with the project's Neo4j jars linked in, and a free Bolt port. */
const instance: Instance = {
  async env(dir) {
    linkJars(loadConfig({}).NEO4J_CACHE_DIR, dir);
    return { ...process.env, NEO4J_CACHE_DIR: dir, NEO4J_LOCAL_BOLT_PORT: String(await freePort()) };
  },
  pidFile: (dir) => join(dir, 'instances', 'dev', 'run', 'neo4j.pid'),
  portVariable: 'NEO4J_LOCAL_BOLT_PORT',
};

beforeAll(async () => {
  env = await instance.env(cacheDir);
  first = spawn(process.execPath, CLI, { cwd: PROJECT_ROOT, env });
  first.stderr?.on('data', (chunk: Buffer) => (firstOutput += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    first.stdout?.on('data', (chunk: Buffer) => {
      firstOutput += chunk.toString();
      if (firstOutput.includes('Ctrl-C stops it')) resolve();
    });
    first.once('exit', (code) => reject(new Error(`npm run neo4j exited with ${code}: ${firstOutput}`)));
  });
}, 300_000);

afterAll(async () => {
  if (first.exitCode === null) {
    first.kill('SIGTERM');
    await new Promise((resolve) => first.once('exit', resolve));
  }
  rmSync(cacheDir, { recursive: true, force: true });
}, 60_000);

describe('npm run neo4j', () => {
  it('started here: says Ctrl-C stops it', () => {
    expect(firstOutput).toMatch(/Neo4j running at bolt:\/\/127\.0\.0\.1:\d+ .*Ctrl-C stops it/);
  });

  it('already running: says it leaves it running, exits 0, and the first one keeps it', async () => {
    const { stdout } = await run(process.execPath, CLI, { cwd: PROJECT_ROOT, env });
    expect(stdout).toContain('already running');
    expect(stdout).toContain('left running');
    expect(stdout).not.toContain('Ctrl-C stops it');
    expect(first.exitCode).toBeNull();
  }, 60_000);

  it('SIGTERM stops the Neo4j it started and exits 0', async () => {
    const java = Number(readFileSync(join(cacheDir, 'instances', 'dev', 'run', 'neo4j.pid'), 'utf8'));
    expect(isAlive(java)).toBe(true);
    const exited = new Promise<number | null>((resolve) => first.once('exit', (code) => resolve(code)));
    first.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(isAlive(java)).toBe(false);
  }, 60_000);

  it('run as npm runs it (sh -c), SIGTERM to the shell stops Neo4j too', async () => {
    const { code, javaAlive, output } = await terminatedAfter('sh', ['-c', SCRIPT], 'Ctrl-C stops it', instance);
    expect(code, output).toBe(0);
    expect(javaAlive, output).toBe(false);
  }, 300_000);

  it('SIGTERM while Neo4j is still starting stops it once it answers (no java left behind), exit 0', async () => {
    const { code, javaAlive, output } = await terminatedAfter(process.execPath, CLI, 'starting Neo4j', instance);
    expect(code, output).toBe(0);
    expect(javaAlive, output).toBe(false);
  }, 300_000);

  it('SIGKILL (no handler runs) once Neo4j answers: its java stops with the CLI and the Bolt port is freed', async () => {
    const { javaAlive, portOpen, output } = await killedAfter(process.execPath, CLI, 'starting Neo4j', instance);
    expect(javaAlive, output).toBe(false);
    expect(portOpen, output).toBe(false);
  }, 300_000);
});
