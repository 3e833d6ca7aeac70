/**
 * Query limits over HTTP: depth, aliases, tokens, directives and cost are each rejected with
 * HTTP 400, a message naming the limit and a code; normal queries and every saved operation
 * pass the default limits; batched requests and CSRF-prone requests are refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/query-limits.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { codes } from '../support/servers.ts';

const LIMIT_CODES = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_COMPLEX'];

/** Golub's claims, their claimants, and their claims again: two lists of `first`, nested. */
const nestedClaims = (first: number) =>
  `{ entity(name: "Golub") { claims(first: ${first}) { nodes { claimants { claims(first: ${first}) { nodes { claimants { name } } } } } } } }`;

describe('query limits', () => {
  const { server } = seededServer();

  it('lets a normal query through', async () => {
    const data = expectData(
      await server.graphql('{ entity(name: "Golub") { name claims(first: 5) { totalCount nodes { text claimants { name } } } } }'),
    );
    expect(data.entity.claims.nodes.length).toBeGreaterThan(0);
  });

  it('rejects a query deeper than MAX_DEPTH with GRAPHQL_VALIDATION_FAILED', async () => {
    const deep =
      '{ claims(first: 1) { nodes { article { claims(first: 1) { nodes { article { claims(first: 1) { nodes { article { title } } } } } } } } } }';
    const response = await server.graphql(deep);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).toMatch(new RegExp(`depth limit of ${DEFAULT_QUERY_LIMITS.maxDepth} exceeded.*MAX_DEPTH`));
    expect(response.errors![0].extensions?.limit).toBe('MAX_DEPTH');
    expect(response.data).toBeUndefined();
  });

  it('counts depth through fragments', async () => {
    const query = `query { claims(first: 1) { nodes { ...A } } }
      fragment A on Claim { article { claims(first: 1) { nodes { ...B } } } }
      fragment B on Claim { article { claims(first: 1) { nodes { article { claims(first: 1) { nodes { text } } } } } } }`;
    const response = await server.graphql(query);
    expect(response.errors?.[0].extensions?.limit).toBe('MAX_DEPTH');
  });

  it('rejects more aliases than MAX_ALIASES', async () => {
    const n = DEFAULT_QUERY_LIMITS.maxAliases + 1;
    const query = `{ ${Array.from({ length: n }, (_, i) => `a${i}: entity(name: "Golub") { name }`).join(' ')} }`;
    const response = await server.graphql(query);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).toMatch(
      new RegExp(`Aliases limit of ${DEFAULT_QUERY_LIMITS.maxAliases} exceeded, found ${n}.*MAX_ALIASES`),
    );
    // One fewer passes.
    const ok = `{ ${Array.from({ length: n - 1 }, (_, i) => `a${i}: entity(name: "Golub") { name }`).join(' ')} }`;
    expect(expectData(await server.graphql(ok)).a0.name).toBeTruthy();
  });

  it('rejects more directives than MAX_DIRECTIVES', async () => {
    const n = DEFAULT_QUERY_LIMITS.maxDirectives + 1;
    const response = await server.graphql(`{ ${'__typename @include(if: true) '.repeat(n)} }`);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).toMatch(/Directives limit.*MAX_DIRECTIVES/);
  });

  it('rejects a document of more than MAX_TOKENS tokens while parsing', async () => {
    const response = await server.graphql(`{ ${'__typename '.repeat(DEFAULT_QUERY_LIMITS.maxTokens)} }`);
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(response.errors![0].message).toMatch(new RegExp(`Token limit of ${DEFAULT_QUERY_LIMITS.maxTokens} exceeded \\(MAX_TOKENS\\)`));
    expect(response.errors![0].extensions?.limit).toBe('MAX_TOKENS');
  });

  it('weights lists by first: the same shape passes with small pages and fails with large ones', async () => {
    const small = await server.graphql(nestedClaims(5));
    expect(codes(small)).toEqual([]);
    const large = await server.graphql(nestedClaims(100));
    expect(large.status).toBe(400);
    expect(codes(large)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(large.errors![0].message).toMatch(new RegExp(`exceeds the limit of ${DEFAULT_QUERY_LIMITS.maxCost} \\(MAX_COST\\)`));
    expect(large.errors![0].extensions?.cost).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
  });

  it('takes first from variables, and defaults it (20) when absent', async () => {
    const query = `query($n: Int) { entities(first: $n) { nodes { claims(first: $n) { nodes { mentions { mentionedIn(first: $n) { nodes { text } } } } } } } }`;
    expect(codes(await server.graphql(query, { n: 2 }))).toEqual([]);
    expect(codes(await server.graphql(query, { n: 100 }))).toEqual(['QUERY_TOO_COMPLEX']);
    // $n not given: every `first` takes the schema default of 20, 20 × 20 × 20 lists.
    expect(codes(await server.graphql(query, {}))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('judges each set of variables on its own, also when the same document was judged before (the cost cache)', async () => {
    const query = `query($n: Int) { entities(first: $n) { nodes { claims(first: $n) { nodes { mentions { mentionedIn(first: $n) { nodes { text } } } } } } } }`;
    const answers: unknown[][] = [];
    for (const n of [2, 100, 2, 100, 3]) answers.push(codes(await server.graphql(query, { n })));
    expect(answers).toEqual([[], ['QUERY_TOO_COMPLEX'], [], ['QUERY_TOO_COMPLEX'], []]);
    // Same variables, another operation of the same document: judged by its own selection.
    const two = `query Small($n: Int) { claims(first: $n) { totalCount } } query Big($n: Int) { entities(first: $n) { nodes { claims(first: $n) { nodes { mentions { mentionedIn(first: $n) { nodes { text } } } } } } } }`;
    const asOperation = async (operationName: string) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: two, variables: { n: 100 }, operationName }),
      });
      return ((await response.json()) as { errors?: { extensions: { code: string } }[] }).errors?.map((e) => e.extensions.code) ?? [];
    };
    expect(await asOperation('Small')).toEqual([]);
    expect(await asOperation('Big')).toEqual(['QUERY_TOO_COMPLEX']);
    expect(await asOperation('Small')).toEqual([]);
  });

  it('weights search(first) and contradictions(first)', async () => {
    expect(
      codes(
        await server.graphql(
          `{ search(query: "Golub", first: 100) { node { ...on Person { claims(first: 100) { nodes { mentions { name } claimants { name } } } } } } }`,
        ),
      ),
    ).toEqual(['QUERY_TOO_COMPLEX']);
    expect(
      codes(
        await server.graphql(`{ contradictions(first: 100) { a { claimants { claims(first: 100) { nodes { mentions { name } } } } } } }`),
      ),
    ).toEqual(['QUERY_TOO_COMPLEX']);
    expect(
      codes(await server.graphql(`{ contradictions(first: 2) { a { claimants { claims(first: 5) { nodes { mentions { name } } } } } } }`)),
    ).toEqual([]);
  });

  it('leaves variables of the wrong type to execution (BAD_USER_INPUT), not the cost check', async () => {
    const response = await server.graphql('query($n: Int) { claims(first: $n) { totalCount } }', { n: 'many' });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('a first above the page maximum is still BAD_USER_INPUT, not a cost rejection', async () => {
    const response = await server.graphql('{ claims(first: 1000000) { totalCount } }');
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('lets every saved operation in operations/ through with the default limits', async () => {
    const dir = join(PROJECT_ROOT, 'operations');
    const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    const ids = expectData(await server.graphql('{ entities(first: 2) { nodes { id } } }')).entities.nodes.map((n: { id: string }) => n.id);
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      const operation = parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      // Required ID variables get real entity ids; the rest keep their defaults.
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? [])
          .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
          .map((v, i) => [v.variable.name.value, ids[i % ids.length]]),
      );
      for (const first of [undefined, 100]) {
        const response = await server.graphql(
          source,
          first && operation.variableDefinitions?.some((v) => v.variable.name.value === 'first') ? { ...variables, first } : variables,
        );
        expect(response.status, `${file}: ${JSON.stringify(response.errors)}`).toBe(200);
        expect(
          codes(response).filter((c) => LIMIT_CODES.includes(c!)),
          file,
        ).toEqual([]);
      }
    }
  });

  it('lets the standard introspection query of GraphQL tools through', async () => {
    const data = expectData(await server.graphql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })));
    expect(data.__schema.queryType.name).toBe('Query');
  });

  it('refuses a batched request (an array of operations)', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batch/i);
  });

  describe('CSRF prevention', () => {
    const get = (headers: Record<string, string> = {}) => fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, { headers });

    it('refuses a GET without a preflight-forcing header', async () => {
      const response = await get();
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/CSRF/i);
    });

    it('refuses a POST with a simple content type (text/plain, form)', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': type },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        expect(response.status, type).toBe(400);
        expect(await response.text(), type).toMatch(/CSRF/i);
      }
    });

    it('accepts a GET with apollo-require-preflight, and a JSON POST', async () => {
      const response = await get({ 'apollo-require-preflight': 'true' });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
      expectData(await server.graphql('{ __typename }'));
    });
  });
});
