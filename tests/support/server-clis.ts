/**
 * What the tests of `npm run neo4j` and `npm run corenlp` share: a cache folder of its own with the
 * project's server jars linked in (no second copy; its instance folder is nobody else's), and a run
 * of the CLI that gets SIGTERM (or SIGKILL) once it prints a line, reporting its exit code and
 * whether the java it started (read from its pid file) still runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { portIsOpen } from '../../src/server/child-process.ts';
import { isAlive } from './processes.ts';
import { sleep } from './servers.ts';

/** Links everything of the project's cache folder but its instances into `dir`. */
export function linkJars(projectCache: string, dir: string): void {
  if (!existsSync(projectCache)) return;
  for (const entry of readdirSync(projectCache)) if (entry !== 'instances') symlinkSync(join(projectCache, entry), join(dir, entry));
}

export interface Instance {
  /** The environment of a run on cache folder `dir`. */
  env(dir: string): Promise<NodeJS.ProcessEnv>;
  /** Where that run writes its java's pid. */
  pidFile(dir: string): string;
  /** The variable of env() that holds the server's port. */
  portVariable: string;
}

/**
 * Runs the command on a cache folder and port of its own (nothing of an instance stopped just before
 * can answer for it), sends SIGTERM once `line` is printed, and reports the exit code and whether the
 * java it started still runs (stopped here if it does, so a failure leaves nothing behind).
 */
export async function terminatedAfter(command: string, args: string[], line: string, instance: Instance) {
  const run = await startedUntil(command, args, line, instance);
  const code = await run.signal('SIGTERM');
  return { code, javaAlive: isAlive(run.java), output: run.output() };
}

/**
 * The same run killed outright once `line` is printed and the server's port answers: no handler of
 * the CLI runs. Reports whether its java is still running 60 s later and whether the port is still taken.
 */
export async function killedAfter(command: string, args: string[], line: string, instance: Instance) {
  const run = await startedUntil(command, args, line, instance);
  while (!(await portIsOpen(run.port))) {
    if (!isAlive(run.java)) throw new Error(`the java exited before its port answered: ${run.output()}`);
    await sleep(200);
  }
  await run.signal('SIGKILL');
  const deadline = Date.now() + 60_000;
  while (isAlive(run.java) && Date.now() < deadline) await sleep(200);
  return { javaAlive: isAlive(run.java), portOpen: await portIsOpen(run.port), output: run.output() };
}

async function startedUntil(command: string, args: string[], line: string, instance: Instance) {
  const dir = mkdtempSync(join(tmpdir(), 'server-cli-term-'));
  const env = await instance.env(dir);
  const child = spawn(command, args, { cwd: PROJECT_ROOT, env });
  let java = 0;
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGTERM');
    if (java && isAlive(java)) process.kill(java, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', () => output.includes(line) && resolve());
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  java = Number(readFileSync(instance.pidFile(dir), 'utf8'));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    java,
    port: Number(env[instance.portVariable]),
    output: () => output,
    /** Sends the signal to the CLI and resolves with its exit code once it has exited. */
    signal(signal: NodeJS.Signals) {
      child.kill(signal);
      return exited;
    },
  };
}
