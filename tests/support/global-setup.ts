/**
 * Provides one real Neo4j to the whole test run: NEO4J_TEST_URI when given, otherwise a local
 * server in its own instance folder (.neo4j/instances/test) on its own port, so tests never
 * touch the development database.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/server/config.ts';
import { PortTakenError, startLocalNeo4j, type LocalNeo4j } from '../../src/server/local-neo4j/instance.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

let local: LocalNeo4j | undefined;
let lockDir: string | undefined;

/**
 * Claims a port for this run (mkdir is atomic), so two runs started together never share one,
 * even from two clones of the project: the locks live in the machine's temp folder.
 */
function claimPort(port: number): string | undefined {
  const locks = join(tmpdir(), 'provenance-graph-test-locks');
  const dir = join(locks, `test-${port}`);
  mkdirSync(locks, { recursive: true });
  try {
    mkdirSync(dir);
  } catch {
    const owner = Number(readFileSync(join(dir, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
    if (owner && isAlive(owner)) return undefined;
    // The run that held it is gone: take it over.
  }
  writeFileSync(join(dir, 'pid'), String(process.pid));
  return dir;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
    // Never share a test database with another run: a busy port means try the next one.
    const first = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);
    for (let port = first; !local; port++) {
      if (port >= first + 10) throw new Error(`no free port for the test Neo4j in ${first}..${port - 1}`);
      const lock = claimPort(port);
      if (!lock) continue;
      try {
        lockDir = lock;
        local = await startLocalNeo4j({
          cacheDir: config.NEO4J_CACHE_DIR,
          name: `test-${port}`,
          boltPort: port,
          reuse: false,
          log: (msg) => console.log(`[test neo4j] ${msg}`),
        });
      } catch (error) {
        rmSync(lock, { recursive: true, force: true });
        lockDir = undefined;
        if (!(error instanceof PortTakenError)) throw error;
      }
    }
    uri = local.uri;
  }
  project.provide('neo4jUri', uri);
}

export async function teardown(): Promise<void> {
  await local?.stop();
  if (lockDir) rmSync(lockDir, { recursive: true, force: true });
}
