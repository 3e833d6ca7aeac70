/**
 * Provides one real Neo4j to the whole test run: NEO4J_TEST_URI when given, otherwise a local
 * server in its own instance folder (.neo4j/instances/test) on its own port, so tests never
 * touch the development database. Likewise one real CoreNLP server (CORENLP_TEST_URL, or a local
 * one on its own port, never a developer's), started at the same time as Neo4j. A run stopped by a
 * signal never runs teardown(): the servers go away with it all the same (src/server/stop-with-parent.ts).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/server/config.ts';
import { CoreNlpPortTakenError, startLocalCoreNlp, type LocalCoreNlp } from '../../src/server/local-corenlp/instance.ts';
import { PortTakenError, startLocalNeo4j, type LocalNeo4j } from '../../src/server/local-neo4j/instance.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    corenlpUrl: string;
  }
}

let local: LocalNeo4j | undefined;
let lockDir: string | undefined;
let corenlp: LocalCoreNlp | undefined;
let corenlpLockDir: string | undefined;

/**
 * Claims a port for this run (mkdir is atomic), so two runs started together never share one,
 * even from two clones of the project: the locks live in the machine's temp folder.
 */
function claimPort(port: number, kind = 'test'): string | undefined {
  const locks = join(tmpdir(), 'provenance-graph-test-locks');
  const dir = join(locks, `${kind}-${port}`);
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
  const [neo4j, nlp] = await Promise.allSettled([testNeo4j(), testCoreNlp()]);
  if (neo4j.status === 'rejected' || nlp.status === 'rejected') {
    await teardown();
    throw neo4j.status === 'rejected' ? neo4j.reason : (nlp as PromiseRejectedResult).reason;
  }
  project.provide('neo4jUri', neo4j.value);
  project.provide('corenlpUrl', nlp.value);
  // Servers and CLIs the tests spawn inherit the environment: they use the test CoreNLP too, never
  // a developer's CORENLP_URL, nor start one of their own.
  process.env.CORENLP_URL = nlp.value;
}

async function testCoreNlp(): Promise<string> {
  if (process.env.CORENLP_TEST_URL) return process.env.CORENLP_TEST_URL;
  const config = loadConfig({ ...process.env, CORENLP_URL: undefined });
  // Its own port (not the development 9010, nor another run's): a busy port means try the next one.
  const first = Number(process.env.CORENLP_TEST_PORT ?? 9011);
  for (let port = first; port < first + 10; port++) {
    const lock = claimPort(port, 'corenlp');
    if (!lock) continue;
    try {
      corenlpLockDir = lock;
      corenlp = await startLocalCoreNlp({
        cacheDir: config.CORENLP_CACHE_DIR,
        name: `test-${port}`,
        port,
        heap: config.CORENLP_HEAP,
        threads: config.CORENLP_THREADS,
        reuse: false,
        log: (msg) => console.log(`[test corenlp] ${msg}`),
      });
      return corenlp.url;
    } catch (error) {
      rmSync(lock, { recursive: true, force: true });
      corenlpLockDir = undefined;
      if (!(error instanceof CoreNlpPortTakenError)) throw error;
    }
  }
  throw new Error(`no free port for the test CoreNLP in ${first}..${first + 9}`);
}

async function testNeo4j(): Promise<string> {
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
  return uri;
}

export async function teardown(): Promise<void> {
  await Promise.all([local?.stop(), corenlp?.stop()]);
  if (lockDir) rmSync(lockDir, { recursive: true, force: true });
  if (corenlpLockDir) rmSync(corenlpLockDir, { recursive: true, force: true });
}
