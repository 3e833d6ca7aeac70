/**
 * GRAPHQL_EXECUTOR=jit (src/server/jit-executor.ts) over HTTP: two servers on the same seeded
 * graph, one executing with graphql-js and one with graphql-jit, must give the same HTTP status,
 * data and errors to every saved operation and to each error case. Only what differs by nature is
 * left out of the comparison: stack traces (the frames are the executors') and error ids (random).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededServer, startTestServer, TEST_API_KEY, type GraphQLResponse, type TestServer } from '../support/harness.ts';
import { CHECKS, type RunOperation } from '../operations/saved-operation-checks.ts';
import { operationFiles } from '../operations/operation-files.ts';

const { files, source } = operationFiles();

/** Status, data and errors, without the stack traces and error ids. */
function comparable(response: GraphQLResponse) {
  const errors = response.errors?.map((e) => {
    const extensions = { ...e.extensions };
    delete extensions.stacktrace;
    delete extensions.errorId;
    return { ...e, extensions };
  });
  return { status: response.status, data: response.data, errors };
}

const stacktrace = (response: GraphQLResponse) => ((response.errors?.[0]?.extensions?.stacktrace as string[] | undefined) ?? []).join('\n');

describe('GRAPHQL_EXECUTOR=jit answers as graphql-js does', () => {
  const { server: reference } = seededServer({ GRAPHQL_EXECUTOR: 'graphql-js' });
  let jit: TestServer;
  beforeAll(async () => {
    jit = await startTestServer({ GRAPHQL_EXECUTOR: 'jit' });
  });
  afterAll(async () => {
    await jit?.stop();
  });

  /** The same request to both servers; returns both answers once they are checked equal. */
  async function same(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
    const expected = await reference.graphql(query, variables, headers);
    const actual = await jit.graphql(query, variables, headers);
    expect(comparable(actual)).toEqual(comparable(expected));
    return { expected, actual };
  }

  it.each(files)('saved operation %s', async (file) => {
    const check = CHECKS[file];
    if (!check) throw new Error(`no check for ${file} in tests/operations/saved-operation-checks.ts`);
    const run: RunOperation = async (f, variables) => (await reference.graphql(source(f), variables)).data;
    const variables = check.variables ? await check.variables(run) : undefined;
    const { actual } = await same(source(file), variables);
    expect(actual.status).toBe(200);
    expect(actual.errors).toBeUndefined();
    // The saved operation's own check holds for the jit's answer too.
    check.check(actual.data);
  });

  it('the jit server executes with graphql-jit, not graphql-js (the stack of a resolver error)', async () => {
    const { expected, actual } = await same('{ node(id: "not-an-id") { id } }');
    expect(stacktrace(expected)).toMatch(/graphql[\\/]execution[\\/]execute/);
    expect(stacktrace(actual)).not.toMatch(/graphql[\\/]execution[\\/]execute/);
  });

  it('a resolver error (BAD_USER_INPUT) beside a field that resolves: partial data, same path and code', async () => {
    const { actual } = await same('{ bad: node(id: "not-an-id") { id } good: entity(name: "Pentagon") { name } }');
    expect(actual.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(actual.errors?.[0]?.path).toEqual(['bad']);
    expect(actual.data?.good?.name).toBeTruthy();
  });

  it('variables coercion errors: a wrong type, a missing required variable, an invalid custom scalar', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query Q($first: Int) { claims(first: $first) { totalCount } }', { first: 'ten' }],
      ['query Q($name: String!) { entity(name: $name) { name } }', {}],
      ['query Q($from: Date) { claims(filter: { saidFrom: $from }) { totalCount } }', { from: '2022-13-45' }],
    ];
    for (const [query, variables] of cases) {
      const { actual } = await same(query, variables);
      expect(actual.status).toBe(400);
      expect(actual.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('a valid custom scalar variable and an argument default', async () => {
    const { actual } = await same('query Q($from: Date, $to: Date) { claims(filter: { saidFrom: $from, saidTo: $to }) { totalCount } }', {
      from: '2022-03-01',
      to: '2022-03-31',
    });
    expect(actual.errors).toBeUndefined();
  });

  it('checks before execution stay: unknown operation name, validation, depth and cost limits', async () => {
    const cases: [string, Record<string, unknown> | undefined, string][] = [
      ['query A { __typename } query B { __typename }', undefined, 'OPERATION_RESOLUTION_FAILURE'],
      ['{ noSuchField }', undefined, 'GRAPHQL_VALIDATION_FAILED'],
      [
        'query($n: Int) { entities(first: $n) { nodes { claims(first: $n) { nodes { mentions { mentionedIn(first: $n) { nodes { text } } } } } } } }',
        { n: 100 },
        'QUERY_TOO_COMPLEX',
      ],
    ];
    for (const [query, variables, code] of cases) {
      const { actual } = await same(query, variables);
      expect(actual.errors?.[0]?.extensions?.code).toBe(code);
    }
    // An operation name the document does not have (the harness sends none, so plain fetch).
    const unknownOperation = async (url: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }),
      });
      return comparable({ status: response.status, headers: response.headers, ...((await response.json()) as object) });
    };
    const actual = await unknownOperation(jit.url);
    expect(actual).toEqual(await unknownOperation(reference.url));
    expect(actual.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('a mutation without a credential, and one with a bad id: the same refusals, nothing written', async () => {
    const mutation = 'mutation M($id: ID!) { updateEntity(id: $id, input: { name: "X" }) { id name } }';
    const { actual: anonymous } = await same(mutation, { id: 'not-an-id' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBeTruthy();
    const { actual: badId } = await same(mutation, { id: 'not-an-id' }, { authorization: `Bearer ${TEST_API_KEY}` });
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('introspection answers the same', async () => {
    const { actual } = await same('{ __schema { queryType { name } types { name kind fields { name } } } }');
    expect(actual.errors).toBeUndefined();
  });
});
