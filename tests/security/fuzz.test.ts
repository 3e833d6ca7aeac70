/**
 * Fuzzing through HTTP with fast-check: generated bad (and good) arguments for every root query,
 * generated ingestArticle inputs, and generated raw request bodies. Never a 5xx, never a code
 * other than the client-error codes, the server keeps answering, and a write either completes
 * (every claim in) or changes nothing.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../src/graph/ids.ts';
import { countNodes } from '../../src/graph/seed.ts';
import {
  expectData,
  resetToSeed,
  startTestServer,
  TEST_API_KEY,
  testDatabase,
  type GraphQLResponse,
  type TestServer,
} from '../support/harness.ts';
import { codes, corpusText } from '../support/servers.ts';

const RUNS = { queries: 160, mutations: 70, bodies: 70 };
const KIM = corpusText('newser-2017-kim-jong-nam-vx.txt');
const auth = { authorization: `Bearer ${TEST_API_KEY}` };
const casesRun = { queries: 0, mutations: 0, bodies: 0 };
const outcomes = { refused: 0, dryRuns: 0, written: 0, duplicates: 0 };

// --- arbitraries ------------------------------------------------------------------------------

const nasty = fc.constantFrom(
  "' OR 1=1 //",
  '"})-[r]-() DELETE r //',
  '\\',
  '*',
  'a AND b',
  '\u0000',
  '\uD800',
  '\u202E',
  '😀',
  '',
  ' ',
  'x'.repeat(600),
);
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), nasty);
const keyKinds = ['person', 'org', 'place', 'group', 'article', 'claim', 'channel', 'nope'];
const id = fc.oneof(
  text,
  fc.tuple(fc.constantFrom(...keyKinds), text).map(([kind, key]) => toGlobalId(`${kind}/${key}`)),
  fc.constantFrom(toGlobalId('person/svetlana-golub'), toGlobalId('org/reuters'), toGlobalId('claim/x/c01')),
);
const cursor = fc.oneof(
  text,
  fc.integer({ min: -5, max: 1_000_000 }).map((n) => Buffer.from(`offset:${n}`).toString('base64url')),
);
const int = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0, 1, 100, 101, 2 ** 31 - 1, -(2 ** 31)));
const date = fc.oneof(
  text,
  fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A root query with generated variables (all of the right GraphQL type, so only resolvers judge them). */
const queryCase = fc.oneof(
  fc.record({ id }).map((v) => ({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: v })),
  fc
    .record({ id: opt(id), name: opt(text) })
    .map((v) => ({ query: 'query($id: ID, $name: String) { entity(id: $id, name: $name) { id name } }', variables: v })),
  fc
    .record({
      type: opt(fc.constantFrom('PERSON', 'ORGANIZATION', 'PLACE', 'GROUP')),
      nameContains: opt(text),
      first: opt(int),
      after: opt(cursor),
    })
    .map(({ type, nameContains, ...v }) => ({
      query:
        'query($f: EntityFilter, $first: Int, $after: String) { entities(filter: $f, first: $first, after: $after) { totalCount edges { cursor node { name } } } }',
      variables: { f: { type, nameContains }, ...v },
    })),
  fc
    .record({
      f: fc.record({
        claimant: opt(id),
        mentions: opt(id),
        reportedVia: opt(id),
        article: opt(id),
        text: opt(text),
        kind: opt(fc.constantFrom('FIGURE', 'QUOTE')),
        saidFrom: opt(date),
        saidTo: opt(date),
      }),
      order: opt(fc.record({ field: fc.constantFrom('SAID_ON', 'CREATED'), direction: fc.constantFrom('ASC', 'DESC') })),
      first: opt(int),
      after: opt(cursor),
    })
    .map((v) => ({
      query:
        'query($f: ClaimFilter, $order: ClaimOrder, $first: Int, $after: String) { claims(filter: $f, orderBy: $order, first: $first, after: $after) { totalCount nodes { text } } }',
      variables: v,
    })),
  fc.record({ id }).map((v) => ({ query: 'query($id: ID!) { claim(id: $id) { text } article: node(id: $id) { id } }', variables: v })),
  fc.record({ first: opt(int), after: opt(cursor) }).map((v) => ({
    query:
      'query($first: Int, $after: String) { articles(first: $first, after: $after) { nodes { title claims(first: 2) { totalCount } } } }',
    variables: v,
  })),
  fc
    .record({ q: text, first: opt(int) })
    .map((v) => ({ query: 'query($q: String!, $first: Int) { search(query: $q, first: $first) { score node { id } } }', variables: v })),
  fc.record({ from: id, to: id, hops: opt(int) }).map((v) => ({
    query: 'query($from: ID!, $to: ID!, $hops: Int) { path(from: $from, to: $to, maxHops: $hops) { length } }',
    variables: v,
  })),
  fc
    .record({ first: opt(int) })
    .map((v) => ({ query: 'query($first: Int) { contradictions(first: $first) { type a { text } } }', variables: v })),
);

/** An article: mostly corrupted real text (so some extractions succeed), sometimes pure noise. */
const articleText = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.nat({ max: KIM.length }), fc.nat({ max: KIM.length }), text)
      .map(([a, b, noise]) => `${KIM.slice(0, Math.min(a, b))}${noise}${KIM.slice(Math.max(a, b))}`),
  },
  { weight: 2, arbitrary: text },
);
const validDateTime = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const mutationCase = fc.oneof(
  // Anything goes in every field.
  fc.record({
    input: fc.record({
      text: articleText,
      title: opt(text),
      url: opt(fc.oneof(text, fc.webUrl())),
      publishedAt: opt(fc.oneof(date, validDateTime)),
      outlet: opt(text),
      author: opt(text),
    }),
    dryRun: fc.boolean(),
  }),
  // Only the text is corrupted; the rest is valid, so many of these get written.
  fc.record({
    input: fc.record({
      text: articleText,
      url: opt(fc.webUrl()),
      publishedAt: opt(validDateTime),
      outlet: opt(fc.constantFrom('Newser', 'Reuters')),
    }),
    dryRun: fc.boolean(),
  }),
);

/** Request bodies a client should never send: wrong shapes, wrong types, broken documents. */
const bodyCase = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record({ query: fc.oneof(text, fc.jsonValue()), variables: opt(fc.jsonValue()), operationName: opt(fc.jsonValue()) })
    .map((v) => JSON.stringify(v)),
  fc
    .record({ query: fc.constant('query($n: Int) { entities(first: $n) { totalCount } }'), variables: fc.record({ n: fc.jsonValue() }) })
    .map((v) => JSON.stringify(v)),
  fc.string().map((s) => `{"query": ${s}`),
);

// --- the checks -------------------------------------------------------------------------------

const CLIENT_CODES = [
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
];

function expectOnly(response: GraphQLResponse, allowed: string[], what: unknown) {
  const context = `${JSON.stringify(what).slice(0, 300)} → ${response.status} ${JSON.stringify(response.errors)?.slice(0, 500)}`;
  expect(response.status, context).toBeLessThan(500);
  expect(
    codes(response).filter((c) => !allowed.includes(c!)),
    context,
  ).toEqual([]);
}

describe('fuzzing through HTTP', () => {
  let server: TestServer;
  const db = testDatabase();

  beforeAll(async () => {
    await resetToSeed(db);
    server = await startTestServer();
  });
  afterAll(async () => {
    console.log(
      `fuzz: ${casesRun.queries} query cases, ${casesRun.mutations} ingestArticle cases, ${casesRun.bodies} raw bodies; ${casesRun.queries + casesRun.mutations + casesRun.bodies} in all; ingest outcomes ${JSON.stringify(outcomes)}`,
    );
    await server?.stop();
    await resetToSeed(db);
    await db.close();
  });

  it('root queries with generated arguments: data or BAD_USER_INPUT, and no writes', async () => {
    const before = await countNodes(db);
    await fc.assert(
      fc.asyncProperty(queryCase, async ({ query, variables }) => {
        casesRun.queries++;
        expectOnly(await server.graphql(query, variables), ['BAD_USER_INPUT'], variables);
      }),
      { numRuns: RUNS.queries },
    );
    expect(await countNodes(db)).toEqual(before);
  });

  it('ingestArticle with generated input: BAD_USER_INPUT and nothing written, or a complete article', async () => {
    await fc.assert(
      fc.asyncProperty(mutationCase, async ({ input, dryRun }) => {
        casesRun.mutations++;
        const before = await countNodes(db);
        const response = await server.graphql(
          'mutation($input: IngestArticleInput!, $dryRun: Boolean) { ingestArticle(input: $input, dryRun: $dryRun) { stats { claims duplicate dryRun } article { id } } }',
          { input, dryRun },
          auth,
        );
        expectOnly(response, ['BAD_USER_INPUT'], input);
        const after = await countNodes(db);
        if (response.errors || dryRun) {
          outcomes[response.errors ? 'refused' : 'dryRuns']++;
          expect(after, 'a refused or dry-run ingest writes nothing').toEqual(before);
          return;
        }
        const { stats, article } = response.data.ingestArticle;
        outcomes[stats.duplicate ? 'duplicates' : 'written']++;
        const stored = expectData(
          await server.graphql('query($id: ID!) { article(id: $id) { claims(first: 100) { totalCount } } }', { id: article.id }),
        );
        expect(stored.article.claims.totalCount, 'every claim of a written article is there').toBe(stats.claims);
        if (stats.duplicate) expect(after).toEqual(before);
      }),
      { numRuns: RUNS.mutations },
    );
    // Every article that reaches extraction is parsed by the real CoreNLP server (~1 s each here).
  }, 900_000);

  it('raw request bodies: never a server error', async () => {
    await fc.assert(
      fc.asyncProperty(bodyCase, async (body) => {
        casesRun.bodies++;
        const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const text = await response.text();
        let parsed: { errors?: GraphQLResponse['errors']; data?: unknown } = {};
        try {
          parsed = JSON.parse(text);
        } catch {
          // Apollo answers some malformed requests in plain text; the status is what matters.
        }
        expectOnly({ status: response.status, errors: parsed.errors, data: parsed.data, headers: response.headers }, CLIENT_CODES, body);
      }),
      { numRuns: RUNS.bodies },
    );
  });

  it('is still up and answering afterwards', async () => {
    expect((await fetch(server.url.replace(/\/graphql$/, '/healthz'))).status).toBe(200);
    expect(expectData(await server.graphql('{ entity(name: "Golub") { name } }')).entity.name).toMatch(/Golub/);
  });
});
