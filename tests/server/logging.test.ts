/**
 * Observability: one JSON info line per request with request id, operation name, status,
 * duration and the time spent in Neo4j (cypherMs, cypherStatements); at debug, the query text
 * and every Cypher statement, tagged with the same request id.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, resetToSeed, TEST_API_KEY, testDatabase } from '../support/harness.ts';
import { startLoggedServer, type LoggedServer } from '../support/servers.ts';

const QUERY = `query GolubClaims { entity(name: "Golub") { name claims(first: 10) { nodes { text claimants { name } reportedVia { name } } } } }`;

describe('request logging', () => {
  const db = testDatabase();
  let server: LoggedServer;

  beforeAll(async () => {
    await resetToSeed(db);
    server = await startLoggedServer({ LOG_LEVEL: 'debug' });
  });
  afterAll(async () => {
    await server?.stop();
    await db.close();
  });

  const requestLine = (requestId: string) => server.logs.filter((l) => l.msg === 'graphql' && l.requestId === requestId);

  async function waitForLine(requestId: string) {
    for (let i = 0; i < 50 && !requestLine(requestId).length; i++) await new Promise((r) => setTimeout(r, 20));
    return requestLine(requestId);
  }

  it('writes one info line per request with the operation, duration and Cypher time', async () => {
    const requestId = `test-${Date.now()}`;
    const response = await server.graphql(QUERY, undefined, { 'x-request-id': requestId });
    expect(response.headers.get('x-request-id')).toBe(requestId);
    expectData(response);
    const lines = await waitForLine(requestId);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line.level).toBe(30);
    expect(line.operationName).toBe('GolubClaims');
    expect(line.status).toBe(200);
    expect(line.errors).toBeUndefined();
    expect(typeof line.time).toBe('string');

    // Cypher accounting matches the statements logged at debug for the same request.
    const statements = server.logs.filter((l) => l.msg === 'cypher' && l.requestId === requestId);
    expect(statements.length).toBeGreaterThanOrEqual(3); // entity, claims page, claimants, outlets
    expect(line.cypherStatements).toBe(statements.length);
    for (const s of statements) expect(s.level).toBe(20);
    expect(statements.some((s) => /MATCH/.test(s.cypher))).toBe(true);
    expect(line.cypherMs).toBeGreaterThan(0);
    expect(line.cypherMs).toBeLessThanOrEqual(line.durationMs);

    const query = server.logs.find((l) => l.msg === 'graphql request' && l.requestId === requestId);
    expect(query?.query).toBe(QUERY);
    expect(query?.level).toBe(20);
  });

  it('gives every request its own id when the client sends none', async () => {
    const a = await server.graphql('{ __typename }');
    const b = await server.graphql('{ __typename }');
    const [idA, idB] = [a.headers.get('x-request-id')!, b.headers.get('x-request-id')!];
    expect(idA).toMatch(/^[0-9a-f-]{36}$/);
    expect(idA).not.toBe(idB);
    const line = (await waitForLine(idA))[0];
    expect(line.cypherStatements).toBe(0);
    expect(line.cypherMs).toBe(0);
    // An id that is not a plain token is replaced rather than copied into logs and headers.
    const odd = await server.graphql('{ __typename }', undefined, { 'x-request-id': 'a b"}\u00e9' });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs rejected requests too, with their error codes and the credential used', async () => {
    const limits = await server.graphql(`{ ${'__typename '.repeat(5000)} }`, undefined, { 'x-request-id': 'too-many-tokens' });
    expect(limits.status).toBe(400);
    expect((await waitForLine('too-many-tokens'))[0]).toMatchObject({ status: 400, errors: ['GRAPHQL_PARSE_FAILED'] });

    const csrf = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'x-request-id': 'csrf' } });
    expect(csrf.status).toBe(400);
    expect((await waitForLine('csrf'))[0]).toMatchObject({ status: 400 });

    const write = await server.graphql(
      'mutation($t: String!) { ingestArticle(input: { text: $t }, dryRun: true) { stats { dryRun } } }',
      { t: 'The minister said on Monday that talks would resume.' },
      { 'x-request-id': 'dry-run', authorization: `Bearer ${TEST_API_KEY}` },
    );
    expect(write.status).toBe(200);
    expect((await waitForLine('dry-run'))[0]).toMatchObject({ principal: 'api-key', status: 200 });
  });

  it('at info level, keeps query text and Cypher out of the log', async () => {
    const quiet = await startLoggedServer({ LOG_LEVEL: 'info' });
    try {
      const response = await quiet.graphql(QUERY, undefined, { 'x-request-id': 'quiet' });
      expectData(response);
      for (let i = 0; i < 50 && !quiet.logs.some((l) => l.requestId === 'quiet'); i++) await new Promise((r) => setTimeout(r, 20));
      const lines = quiet.logs.filter((l) => l.requestId === 'quiet');
      expect(lines.map((l) => l.msg)).toEqual(['graphql']);
      expect(lines[0].cypherStatements).toBeGreaterThan(0);
    } finally {
      await quiet.stop();
    }
  });
});
