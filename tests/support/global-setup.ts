/**
 * Provides one real Neo4j to the whole test run: NEO4J_TEST_URI when given, otherwise a local
 * server in its own instance folder (.neo4j/instances/test) on its own port, so tests never
 * touch the development database.
 */
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/server/config.ts';
import { PortTakenError, startLocalNeo4j, type LocalNeo4j } from '../../src/server/local-neo4j/instance.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

let local: LocalNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
    // Never share a test database with another run: a busy port means try the next one.
    const first = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);
    for (let port = first; !local; port++) {
      try {
        local = await startLocalNeo4j({
          cacheDir: config.NEO4J_CACHE_DIR,
          name: `test-${port}`,
          boltPort: port,
          reuse: false,
          log: (msg) => console.log(`[test neo4j] ${msg}`),
        });
      } catch (error) {
        if (!(error instanceof PortTakenError) || port >= first + 10) throw error;
      }
    }
    uri = local.uri;
  }
  project.provide('neo4jUri', uri);
}

export async function teardown(): Promise<void> {
  await local?.stop();
}
