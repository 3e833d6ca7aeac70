/**
 * The production build: `npm start` runs the compiled server (`node dist/src/server/main.js`, no
 * tsx). Built here when dist/ is missing or stale; started against the test Neo4j, it finds
 * schema/ and seed/ from dist/ (it seeds the emptied database itself), answers a GraphQL query
 * over HTTP, and exits 0 on SIGTERM.
 *
 * The database: test files run one after another (vitest.config.ts) and each resets the graph it
 * needs, so emptying it here disturbs no other test; NEO4J_URI is always the test Neo4j, so the
 * server never starts or seeds the development database.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, sleep, spawnChild, type Child } from '../support/servers.ts';
import { COMPILED_SERVER, ensureBuilt } from '../support/build.ts';
import { emptyDatabase, postGraphQL, testDatabase } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';

describe('the compiled server (npm start)', () => {
  let child: Child | undefined;
  const db = testDatabase();

  beforeAll(async () => {
    ensureBuilt();
    await emptyDatabase(db);
  });
  afterAll(async () => {
    child?.kill();
    await db.close();
  });

  it('seeds the empty database, answers an entity by name over HTTP, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    child = spawnChild([COMPILED_SERVER], {
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: 'neo4j',
      SEED_ON_START: 'true',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      // No loader or source maps inherited from the test runner: plain node, as deployed.
      NODE_OPTIONS: '',
    });
    await child.waitFor(/GraphQL API ready/, 60_000);
    expect(child.output()).toContain('loaded the seed graph into the empty database');

    const golub = seedAnnotation.entities.find((e) => e.name === 'Svetlana Golub')!;
    const claims = seedAnnotation.claims.filter((c) => c.claimants.includes(golub.id));
    const response = await postGraphQL<any>(
      `http://127.0.0.1:${port}/graphql`,
      `{ entity(name: "Golub") { __typename name claims(first: 50) { totalCount nodes { text } } } }`,
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data.entity).toMatchObject({ __typename: 'Person', name: 'Svetlana Golub' });
    expect(response.data.entity.claims.totalCount).toBe(claims.length);
    expect(response.data.entity.claims.nodes.map((c: { text: string }) => c.text).sort()).toEqual(claims.map((c) => c.text).sort());

    child.process.kill('SIGTERM');
    const exit = await Promise.race([child.exited, sleep(20_000).then(() => ({ code: -1, signal: null }))]);
    expect(exit, child.output()).toEqual({ code: 0, signal: null });
    expect(child.output()).toMatch(/"msg":"shutting down"/);
  }, 120_000);
});
