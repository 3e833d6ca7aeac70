/**
 * A Neo4j outage while the API runs, on a Neo4j of this test's own (the shared test database is
 * not disturbed): stop the real Neo4j process; queries fail fast with SERVICE_UNAVAILABLE,
 * /readyz turns 503, /healthz stays 200, nothing hangs; start Neo4j again in the same folder and
 * the same API process recovers by itself.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { PortTakenError, startLocalNeo4j, type LocalNeo4j } from '../../src/server/local-neo4j/instance.ts';
import { TEST_API_KEY } from '../support/harness.ts';
import { codes, startLoggedServer, type LoggedServer } from '../support/servers.ts';

const QUERY = '{ entity(name: "Golub") { name claims(first: 3) { totalCount } } }';
const INGEST = 'mutation($text: String!) { ingestArticle(input: { text: $text }) { article { id } } }';
const ARTICLE = 'Officials Meet\n\nThe minister said on Monday that talks with the union would resume next week, Reuters reported.';
/** The brief's bound for "fail fast"; the driver's retry budget (NEO4J_MAX_RETRY_MS) is 2 s. */
const FAIL_FAST_MS = 10_000;

describe('Neo4j outage and recovery', () => {
  const cacheDir = loadConfig({}).NEO4J_CACHE_DIR;
  let neo4j: LocalNeo4j | undefined;
  let server: LoggedServer | undefined;
  let port = 0;
  let name = '';

  const start = async () =>
    startLocalNeo4j({ cacheDir, name, boltPort: port, reuse: false, log: (msg) => console.log(`[outage neo4j] ${msg}`) });

  beforeAll(async () => {
    for (port = 7690; !neo4j; port++) {
      name = `outage-${port}`;
      try {
        neo4j = await startLocalNeo4j({ cacheDir, name, boltPort: port, reuse: false, log: (msg) => console.log(`[outage neo4j] ${msg}`) });
      } catch (error) {
        if (!(error instanceof PortTakenError) || port > 7720) throw error;
      }
    }
    port--;
    // The API seeds the empty database itself.
    server = await startLoggedServer({ NEO4J_URI: neo4j.uri, SEED_ON_START: 'true' });
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await neo4j?.stop();
    if (name) rmSync(join(cacheDir, 'instances', name), { recursive: true, force: true });
  });

  const ready = () => fetch(`${server!.base}/readyz`);
  const timed = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    const value = await work();
    return { value, ms: Math.round(performance.now() - started) };
  };

  it('answers while Neo4j is up', async () => {
    const response = await server!.graphql(QUERY);
    expect(codes(response)).toEqual([]);
    expect(response.data.entity.claims.totalCount).toBeGreaterThan(0);
    expect((await ready()).status).toBe(200);
  });

  it('fails fast with SERVICE_UNAVAILABLE while Neo4j is down, then recovers without a restart', async () => {
    await neo4j!.stop();

    // Several requests at once, as under load: each ends quickly with SERVICE_UNAVAILABLE.
    const outage = await Promise.all(Array.from({ length: 5 }, () => timed(() => server!.graphql(QUERY))));
    for (const { value, ms } of outage) {
      expect(codes(value)).toContain('SERVICE_UNAVAILABLE');
      expect(codes(value).every((c) => c === 'SERVICE_UNAVAILABLE')).toBe(true);
      expect(value.errors![0].message).toMatch(/unavailable/);
      expect(ms).toBeLessThan(FAIL_FAST_MS);
    }
    const failFastMs = Math.max(...outage.map((o) => o.ms));

    const readiness = await timed(ready);
    expect(readiness.value.status).toBe(503);
    expect((await readiness.value.json()).reason).toMatch(/unreachable/i);
    expect(readiness.ms).toBeLessThan(FAIL_FAST_MS);
    expect((await fetch(`${server!.base}/healthz`)).status).toBe(200);

    // A write fails the same way (and, as the check after recovery shows, writes nothing).
    const write = await timed(() => server!.graphql(INGEST, { text: ARTICLE }, { authorization: `Bearer ${TEST_API_KEY}` }));
    expect(codes(write.value)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(write.ms).toBeLessThan(FAIL_FAST_MS);
    expect(server!.logs.some((l) => l.msg === 'Neo4j unavailable' && l.level === 40)).toBe(true);

    // Same folder, same port: the data survives, and the API process is the one from before.
    const restartedAt = performance.now();
    neo4j = await start();
    const backAt = performance.now();
    let recoveredAt = 0;
    let attempts = 0;
    while (!recoveredAt && performance.now() - backAt < 60_000) {
      attempts++;
      const response = await server!.graphql(QUERY);
      if (!response.errors) recoveredAt = performance.now();
      else {
        expect(codes(response).every((c) => c === 'SERVICE_UNAVAILABLE')).toBe(true);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    expect(recoveredAt, 'a query succeeded within 60 s of Neo4j answering again').toBeGreaterThan(0);
    const response = await server!.graphql(QUERY);
    expect(response.data.entity.claims.totalCount).toBeGreaterThan(0);
    expect((await ready()).status).toBe(200);
    const articles = await server!.graphql('{ articles { nodes { text } } }');
    expect(articles.data.articles.nodes.map((a: { text: string }) => a.text)).not.toContain(ARTICLE);

    console.log(
      `outage: fail-fast ${failFastMs} ms (max of 5 concurrent queries), /readyz ${readiness.ms} ms; ` +
        `Neo4j restart took ${Math.round(backAt - restartedAt)} ms; first successful query ${Math.round(recoveredAt - backAt)} ms after Neo4j answered ` +
        `(${attempts} attempt(s)), ${Math.round(recoveredAt - restartedAt)} ms after the restart began`,
    );
  }, 240_000);
});
