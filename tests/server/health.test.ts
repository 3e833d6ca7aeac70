/**
 * /healthz (the process answers) and /readyz (Neo4j answers and the schema is applied). The
 * readiness probe asks Neo4j every time: dropping an index makes it 503 naming the index, and
 * applying the schema again makes it 200, without a restart. (Neo4j outages: outage.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.ts';
import { expectedSchemaNames } from '../../src/server/readiness.ts';
import { resetToSeed, startTestServer, testDatabase, type TestServer } from '../support/harness.ts';

describe('health endpoints', () => {
  const db = testDatabase();
  let server: TestServer;
  let base: string;

  beforeAll(async () => {
    await resetToSeed(db);
    server = await startTestServer();
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await server?.stop();
    await applySchema(db);
    await db.close();
  });

  it('/healthz answers 200 while the process is up', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is 200 with the schema in place', async () => {
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(200);
    // The NLP server is reported too (tests/nlp/readyz-nlp.test.ts); here, the run's CoreNLP.
    expect(await response.json()).toEqual({ ready: true, nlp: { state: 'ready', url: inject('corenlpUrl') } });
  });

  it('knows every constraint and index of schema/constraints.cypher', () => {
    const names = expectedSchemaNames();
    expect(names).toContain('article_content_hash');
    expect(names).toContain('search');
    expect(new Set(names).size).toBe(names.length);
  });

  it('/readyz turns 503 when an index is missing, and 200 again once the schema is applied', async () => {
    await db.write((tx) => tx.run('DROP INDEX claim_kind'));
    const missing = await fetch(`${base}/readyz`);
    expect(missing.status).toBe(503);
    const body = await missing.json();
    expect(body.ready).toBe(false);
    expect(body.reason).toMatch(/claim_kind/);
    // Liveness does not depend on the database.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    await applySchema(db);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('answers 404 elsewhere', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
