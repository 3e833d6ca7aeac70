/**
 * Production mode (NODE_ENV=production): an internal error reaches the client as "internal error
 * (id …)" with no stack and no internal message, and the same id is in the log with the real
 * error; introspection and field suggestions are off; INTROSPECTION=true turns introspection on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, resetToSeed, testDatabase } from '../support/harness.ts';
import { codes, startLoggedServer, type LoggedServer } from '../support/servers.ts';

const CLAIM_KINDS = '{ claims(first: 100) { nodes { id kind } } }';
const INTROSPECTION = '{ __schema { queryType { name } } }';

describe('production mode', () => {
  const db = testDatabase();
  let production: LoggedServer;
  let development: LoggedServer;

  beforeAll(async () => {
    await resetToSeed(db);
    // A value the schema cannot represent: the kind of error nobody expects, from real data.
    await db.write((tx) => tx.run(`MATCH (c:Claim) WITH c ORDER BY c.id LIMIT 1 SET c.kind = 'NOT_A_KIND'`));
    production = await startLoggedServer({ NODE_ENV: 'production' });
    development = await startLoggedServer({ NODE_ENV: 'development' });
  });
  afterAll(async () => {
    await production?.stop();
    await development?.stop();
    await resetToSeed(db);
    await db.close();
  });

  it('masks an internal error behind an id that the log has, with the real message', async () => {
    const response = await production.graphql(CLAIM_KINDS);
    const errors = response.errors ?? [];
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const errorId = error.extensions?.errorId as string;
    expect(errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.message).toBe(`internal error (id ${errorId})`);
    expect(error.extensions?.stacktrace).toBeUndefined();
    const body = JSON.stringify(response);
    for (const leak of ['NOT_A_KIND', 'ClaimKind', 'stacktrace', '.ts:', 'node_modules']) expect(body).not.toContain(leak);

    const logged = production.logs.find((l) => l.errorId === errorId);
    expect(logged, 'a log line with the error id').toBeDefined();
    expect(logged!.level).toBe(50);
    expect(JSON.stringify(logged!.err)).toMatch(/ClaimKind.*NOT_A_KIND|NOT_A_KIND.*ClaimKind/);
    expect(logged!.err.stack).toBeTruthy();
  });

  it('in development, shows the same error with its message and stack', async () => {
    const response = await development.graphql(CLAIM_KINDS);
    const [error] = response.errors ?? [];
    expect(error.message).toMatch(/NOT_A_KIND/);
    expect(error.extensions?.stacktrace).toBeDefined();
    expect(error.extensions?.errorId).toBeTruthy();
  });

  it('keeps client errors as they are (BAD_USER_INPUT with its message)', async () => {
    const response = await production.graphql('{ claims(first: 1000) { totalCount } }');
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toMatch(/first must be between/);
    expect(response.errors![0].extensions?.stacktrace).toBeUndefined();
  });

  it('keeps query-limit rejections as they are', async () => {
    const costly = await production.graphql('{ entities(first: 100) { nodes { claims(first: 100) { nodes { mentions { name } } } } } }');
    expect(codes(costly)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(costly.errors![0].message).toMatch(/MAX_COST/);
    const deep = await production.graphql(
      '{ claims { nodes { article { claims { nodes { article { claims { nodes { article { title } } } } } } } } } }',
    );
    expect(codes(deep)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(deep.errors![0].message).toMatch(/MAX_DEPTH/);
    expect(production.logs.filter((l) => l.msg === 'internal error' && /MAX_/.test(JSON.stringify(l.err)))).toEqual([]);
  });

  it('turns introspection off', async () => {
    const response = await production.graphql(INTROSPECTION);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).toMatch(/introspection/i);
    expect(expectData(await development.graphql(INTROSPECTION)).__schema.queryType.name).toBe('Query');
  });

  it('INTROSPECTION=true turns it back on in production', async () => {
    const server = await startLoggedServer({ NODE_ENV: 'production', INTROSPECTION: 'true' });
    try {
      expect(expectData(await server.graphql(INTROSPECTION)).__schema.queryType.name).toBe('Query');
    } finally {
      await server.stop();
    }
  });

  it('does not suggest field names', async () => {
    const typo = '{ entity(name: "Golub") { nam } }';
    const prod = await production.graphql(typo);
    expect(codes(prod)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(prod.errors![0].message).toMatch(/Cannot query field "nam"/);
    expect(prod.errors![0].message).not.toMatch(/Did you mean/);
    const dev = await development.graphql(typo);
    expect(dev.errors![0].message).toMatch(/Did you mean "name"/);
  });
});
