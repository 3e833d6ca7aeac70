/**
 * Helpers for tests of the server and its processes: the app with its log captured, a fingerprint of the whole
 * graph (to prove nothing changed), free ports, and child processes that are always cleaned up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { startApp, type RunningApp } from '../../src/server/app.ts';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import type { GraphDatabase } from '../../src/graph/database.ts';
import { createLogger } from '../../src/server/logger.ts';
import { postGraphQL, testConfig, type GraphQLResponse } from './harness.ts';

export const corpusDir = join(PROJECT_ROOT, 'tests', 'data', 'corpus');
export const corpusText = (name: string) => readFileSync(join(corpusDir, name), 'utf8');

export type LogLine = Record<string, any> & { level: number; msg: string };

/** The real app on a free port whose pino output is kept in `logs` (parsed JSON lines). */
export interface LoggedServer {
  app: RunningApp;
  url: string;
  base: string;
  logs: LogLine[];
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export async function startLoggedServer(overrides: Record<string, string> = {}): Promise<LoggedServer> {
  const config = testConfig({ LOG_LEVEL: 'info', ...overrides });
  const logs: LogLine[] = [];
  let pending = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const app = await startApp(config, createLogger(config.LOG_LEVEL, sink));
  return {
    app,
    url: app.url,
    base: app.url.replace(/\/graphql$/, ''),
    logs,
    graphql: (query, variables, headers) => postGraphQL(app.url, query, variables, headers),
    stop: () => app.stop(),
  };
}

/** Error codes of a response (empty when it succeeded). */
export const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

/**
 * Every node and relationship with its labels/type and properties, hashed: equal fingerprints
 * mean an unchanged graph.
 */
export async function graphFingerprint(db: GraphDatabase): Promise<{ nodes: number; relationships: number; hash: string }> {
  return db.read(async (tx) => {
    const nodes = await tx.run('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props');
    const rels = await tx.run('MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b');
    const rows = [
      ...nodes.records.map((r) => stable([r.get('id'), [...r.get('labels')].sort(), r.get('props')])),
      ...rels.records.map((r) => stable([r.get('a'), r.get('type'), r.get('props'), r.get('b')])),
    ].sort();
    return {
      nodes: nodes.records.length,
      relationships: rels.records.length,
      hash: createHash('sha256').update(rows.join('\n')).digest('hex'),
    };
  });
}

function stable(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && v.constructor === Object
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v && typeof v === 'object' && 'toString' in v && !Array.isArray(v) && v.constructor !== Object
        ? String(v)
        : v,
  );
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A child process whose stdout/stderr are collected; `kill()` in afterAll is always safe. */
export interface Child {
  process: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor(pattern: RegExp, timeoutMs: number): Promise<void>;
  kill(): void;
}

export function spawnChild(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    process: child,
    output: () => out,
    exited,
    async waitFor(pattern, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(out)) {
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`process exited before ${pattern}:\n${out}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${out}`);
        await sleep(50);
      }
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
