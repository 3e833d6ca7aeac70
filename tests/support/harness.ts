/**
 * What every integration test needs: the real app on a free port, talking to the test Neo4j,
 * and a `graphql()` helper that POSTs to its HTTP endpoint.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.ts';
import { GraphDatabase } from '../../src/graph/database.ts';
import { loadSeed } from '../../src/graph/seed.ts';
import { startApp, type RunningApp } from '../../src/server/app.ts';
import { loadConfig, type Config } from '../../src/server/config.ts';
import { createLogger } from '../../src/server/logger.ts';

export const TEST_API_KEY = 'test-key-0123456789abcdef';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: 'neo4j',
    // The run's CoreNLP (tests/support/global-setup.ts): no app starts one of its own.
    CORENLP_URL: inject('corenlpUrl'),
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_ON_START: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    API_KEY: TEST_API_KEY,
    // `GRAPHQL_EXECUTOR=jit npm test` runs every test server with the compiled executor.
    ...(process.env.GRAPHQL_EXECUTOR ? { GRAPHQL_EXECUTOR: process.env.GRAPHQL_EXECUTOR } : {}),
    ...overrides,
  });
}

/** A driver on the test database, for arranging and checking state directly. */
export function testDatabase(): GraphDatabase {
  return new GraphDatabase({ uri: inject('neo4jUri'), username: 'neo4j', password: 'neo4j', database: 'neo4j' });
}

/** Empties the database, applies the schema and loads the seed annotation. */
export async function resetToSeed(db: GraphDatabase): Promise<void> {
  await emptyDatabase(db);
  await applySchema(db);
  await loadSeed(db);
}

export async function emptyDatabase(db: GraphDatabase): Promise<void> {
  await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: unknown[] }[];
  headers: Headers;
}

export interface TestServer {
  app: RunningApp;
  url: string;
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export async function startTestServer(overrides: Record<string, string> = {}): Promise<TestServer> {
  const config = testConfig(overrides);
  const app = await startApp(config, createLogger(config.LOG_LEVEL));
  return {
    app,
    url: app.url,
    graphql: (query, variables, headers) => postGraphQL(app.url, query, variables, headers),
    stop: () => app.stop(),
  };
}

/**
 * For a describe block: the seed graph loaded and the app started before its tests, the app
 * stopped and the driver closed after them. `server` answers like the started TestServer once
 * the tests run; `db` is the test database, for arranging and checking state directly. Hooks
 * registered after this call run after its set-up (vitest.config.ts: `sequence.hooks: 'stack'`).
 */
export function seededServer(overrides: Record<string, string> = {}): { server: TestServer; db: GraphDatabase } {
  const db = testDatabase();
  let started: TestServer | undefined;
  const running = () => {
    if (!started) throw new Error('the test server is not started yet (use it inside tests or later hooks)');
    return started;
  };
  const server: TestServer = {
    get app() {
      return running().app;
    },
    get url() {
      return running().url;
    },
    graphql: (query, variables, headers) => running().graphql(query, variables, headers),
    stop: async () => started?.stop(),
  };
  beforeAll(async () => {
    await resetToSeed(db);
    started = await startTestServer(overrides);
  });
  afterAll(async () => {
    await started?.stop();
    await db.close();
  });
  return { server, db };
}

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
}

/** The data of a response that must have succeeded; fails with the errors otherwise. */
export function expectData<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  return response.data as T;
}
