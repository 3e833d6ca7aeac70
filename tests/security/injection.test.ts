/**
 * Injection payloads (Cypher fragments, quotes, backslashes, Lucene syntax, very long strings,
 * unicode controls) against every string-like argument of the schema, found by walking the SDL
 * so that a new argument is covered without touching this file. Each request may fail only with
 * BAD_USER_INPUT, and the graph must be exactly as before. Writes of such strings store them
 * verbatim and touch nothing else.
 */
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/api/schema.ts';
import { expectData, seededServer, TEST_API_KEY, testDatabase } from '../support/harness.ts';
import { codes, corpusText, graphFingerprint } from '../support/servers.ts';

const KIM = corpusText('newser-2017-kim-jong-nam-vx.txt');
const NO_SUCH_ENTITY = Buffer.from('person/no-such-injection-target', 'utf8').toString('base64url');
const auth = { authorization: `Bearer ${TEST_API_KEY}` };

export const PAYLOADS: string[] = [
  // Cypher
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  `x'}) DETACH DELETE n RETURN 1 //`,
  'MATCH (n) DETACH DELETE n',
  '`}) CALL db.clearQueryCaches() //',
  '$ids',
  '{id: 1}',
  `') UNION MATCH (n) RETURN n //`,
  'CALL dbms.components() YIELD name',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  // quotes and backslashes
  `'`,
  `"`,
  '\\',
  `\\'`,
  `\\"`,
  '\\u0027',
  "''''''",
  // Lucene
  '*',
  '?',
  'title:foo AND bar',
  'foo~2 bar^10',
  '"unterminated',
  '(',
  '[a TO z]',
  '/.*/',
  '&& || ! - + : ^ ~ { } [ ]',
  'NOT OR AND',
  // very long
  'a'.repeat(10_000),
  '('.repeat(5_000),
  `${'Golub '.repeat(200_000)}`,
  // unicode controls and oddities
  '\u0000',
  'a\u0000b',
  '\u0007\u0008\u001B[31m',
  '\u202Eevil',
  '\uFEFF\u200B\u200D',
  '\uD800',
  '\uDFFF',
  '\u2028\u2029',
  '😀👩‍👩‍👧',
  'e\u0301\u0301\u0301',
  '',
  '   ',
  '\n\t\r',
];

interface StringArgument {
  /** e.g. Query.claims(filter.text) */
  name: string;
  field: string;
  build(payload: string): { query: string; variables: Record<string, unknown> };
}

const STRINGISH = (t: GraphQLNamedType) => isLeafType(t) && !['Int', 'Float', 'Boolean'].includes(t.name) && !('getValues' in t);
const PAGING_ARGS = ['first', 'after', 'filter', 'orderBy'];

/** Every (type, field, argument path) whose value is a string, and an operation that reaches it. */
function stringArguments(entityId: string): StringArgument[] {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  // How to reach each type from Query through fields that need no arguments but paging.
  const reach = new Map<string, (inner: string) => string>([['Query', (inner) => `query($p: P) { ${inner} }`]]);
  const queue = ['Query'];
  while (queue.length) {
    const type = schema.getType(queue.shift()!)!;
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const wrap = reach.get(type.name)!;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.every((a) => PAGING_ARGS.includes(a.name))) continue;
      const target = getNamedType(field.type);
      if (isLeafType(target) || reach.has(target.name)) continue;
      const args = field.args.some((a) => a.name === 'first') ? '(first: 100)' : '';
      reach.set(target.name, (inner) => wrap(`${field.name}${args} { ${inner} }`));
      queue.push(target.name);
      if (isInterfaceType(target)) {
        for (const impl of schema.getPossibleTypes(target)) {
          if (reach.has(impl.name)) continue;
          reach.set(impl.name, (inner) => wrap(`${field.name}${args} { ... on ${impl.name} { ${inner} } }`));
          queue.push(impl.name);
        }
      }
    }
  }

  const found: StringArgument[] = [];
  const roots = [schema.getQueryType()!, schema.getMutationType()!];
  const types = [
    ...roots,
    ...Object.values(schema.getTypeMap()).filter(
      (t) => (isObjectType(t) || isInterfaceType(t)) && !t.name.startsWith('__') && !roots.includes(t as never),
    ),
  ];
  for (const type of types) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      for (const arg of field.args) {
        for (const path of stringPaths(arg.type)) {
          const name = `${type.name}.${field.name}(${[arg.name, ...path].join('.')})`;
          const wrap = type === schema.getMutationType() ? (inner: string) => `mutation($p: P) { ${inner} }` : reach.get(type.name);
          if (!wrap) throw new Error(`no way to reach ${type.name} from Query for ${name}`);
          // Curation mutations (updateEntity, mergeEntities…) are pointed at an entity that does not
          // exist: their payloads are checked and reach Cypher as parameters, but a valid rename of
          // a real entity would change the graph this test requires unchanged (tests/curation covers writes).
          const target = type === schema.getMutationType() && field.name !== 'ingestArticle' ? NO_SUCH_ENTITY : entityId;
          found.push({ name, field: field.name, build: (payload) => operation(wrap, field, arg, path, payload, target) });
        }
      }
    }
  }
  return found;
}

/** Paths to the string-like leaves of an argument type: [] for the argument itself, [title] inside an input. */
function stringPaths(type: GraphQLInputType, depth = 0): string[][] {
  const named = getNamedType(type);
  if (STRINGISH(named)) return [[]];
  if (!isInputObjectType(named) || depth > 3) return [];
  return Object.values(named.getFields()).flatMap((f) => stringPaths(f.type, depth + 1).map((p) => [f.name, ...p]));
}

/** A valid value for a required argument or input field that is not under test. */
function filler(name: string, type: GraphQLInputType, entityId: string): unknown {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, filler(f.name, f.type, entityId)]),
    );
  }
  if (named.name === 'ID') return entityId;
  return name === 'text' ? KIM : 'Golub';
}

function operation(
  wrap: (inner: string) => string,
  field: GraphQLField<unknown, unknown>,
  arg: GraphQLArgument,
  path: string[],
  payload: string,
  entityId: string,
) {
  let value: unknown = payload;
  if (path.length) {
    const input = filler(arg.name, arg.type, entityId) as Record<string, unknown>;
    let cursor = input;
    for (const key of path.slice(0, -1)) cursor = (cursor[key] ??= {}) as Record<string, unknown>;
    cursor[path.at(-1)!] = payload;
    value = input;
  }
  const others = field.args.filter((a) => a !== arg && isNonNullType(a.type) && a.defaultValue === undefined);
  const literals = others.map((a) => `${a.name}: ${JSON.stringify(filler(a.name, a.type, entityId))}`);
  if (field.args.some((a) => a.name === 'dryRun')) literals.push('dryRun: true');
  const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
  const query = wrap(`${field.name}(${[`${arg.name}: $p`, ...literals].join(', ')}) ${selection}`).replace(
    '$p: P',
    `$p: ${arg.type.toString()}`,
  );
  return { query, variables: { p: value } };
}

describe('injection payloads against every string argument', () => {
  const { server, db } = seededServer();
  let entityId: string;

  beforeAll(async () => {
    entityId = expectData(await server.graphql('{ entity(name: "Golub") { id } }')).entity.id;
  });

  it('finds the string arguments of the schema', () => {
    const names = stringArguments('x').map((a) => a.name);
    // A few that must be there; the list itself comes from the SDL.
    for (const expected of [
      'Query.search(query)',
      'Query.claims(filter.text)',
      'Query.path(from)',
      'Mutation.ingestArticle(input.title)',
      'Person.claims(after)',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it('answers each payload with data or BAD_USER_INPUT, and changes nothing', async () => {
    const before = await graphFingerprint(db);
    const args = stringArguments(entityId);
    let tried = 0;
    const unexpected: string[] = [];
    // An argument counts as exercised when its field shows up in the data or in an error path, or
    // its value was refused as a variable (a payload that is no Date never reaches a resolver).
    const reached = new Set<string>();
    const cases = args.flatMap((arg) => PAYLOADS.map((payload) => ({ arg, payload })));
    // Four at a time: the server handles concurrent requests, and the run stays short.
    await inParallel(cases, 4, async ({ arg, payload }) => {
      const { query, variables } = arg.build(payload);
      const response = await server.graphql(query, variables, query.startsWith('mutation') ? auth : {});
      tried++;
      const bad = codes(response).filter((c) => c !== 'BAD_USER_INPUT');
      if (response.status >= 500 || bad.length)
        unexpected.push(`${arg.name} ${JSON.stringify(payload.slice(0, 40))}: ${response.status} ${JSON.stringify(response.errors)}`);
      const paths = (response.errors ?? []).flatMap((e) => e.path ?? []);
      const rejectedAsVariable = response.status === 400 && (response.errors ?? []).some((e) => e.message.includes('"$p"'));
      if (JSON.stringify(response.data ?? {}).includes(`"${arg.field}"`) || paths.includes(arg.field) || rejectedAsVariable)
        reached.add(arg.name);
    });
    console.log(`injection: ${PAYLOADS.length} payloads × ${args.length} string arguments = ${tried} requests`);
    expect(unexpected).toEqual([]);
    expect(args.map((a) => a.name).filter((name) => !reached.has(name))).toEqual([]);
    expect(tried).toBe(PAYLOADS.length * args.length);
    expect(await graphFingerprint(db)).toEqual(before);
    // ingestArticle's payloads reach the real CoreNLP server; repeated texts are parsed once (memo.ts).
  }, 900_000);

  it('search takes Lucene syntax as plain words: operators neither fail nor widen the match', async () => {
    const hits = async (query: string) =>
      expectData(await server.graphql('query($q: String!) { search(query: $q, first: 100) { node { id } } }', { q: query })).search.length;
    expect(await hits('*')).toBe(0);
    expect(await hits('Golub')).toBeGreaterThan(0);
    expect(await hits('Golub*')).toBe(await hits('Golub'));
    expect(await hits('name:Golub')).toBeGreaterThanOrEqual(await hits('Golub'));
  });

  it('stores payloads written through ingestArticle verbatim, and touches no other node', async () => {
    const idsBefore = await nodeIds(db);
    const written = PAYLOADS.filter(
      (p) => p.trim() && p.length < 2000 && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]/.test(p),
    ).slice(0, 6);
    for (const [i, title] of written.entries()) {
      const response = await server.graphql(
        'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id title } } }',
        { input: { text: `${KIM}\n\nCopy ${i}.`, title } },
        auth,
      );
      expect(codes(response), JSON.stringify(title)).toEqual([]);
      const stored = expectData(
        await server.graphql('query($id: ID!) { article(id: $id) { title } }', { id: response.data.ingestArticle.article.id }),
      );
      expect(stored.article.title).toBe(title);
    }
    const idsAfter = await nodeIds(db);
    expect([...idsBefore].filter((id) => !idsAfter.has(id))).toEqual([]);
    const labels = await db.read(async (tx) =>
      (await tx.run('CALL db.labels() YIELD label RETURN collect(label) AS l')).records[0].get('l'),
    );
    expect(labels.every((l: string) => /^[A-Z][A-Za-z]+$/.test(l))).toBe(true);
  }, 600_000);
});

async function inParallel<T>(items: T[], concurrency: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

async function nodeIds(db: ReturnType<typeof testDatabase>): Promise<Set<string>> {
  return db.read(async (tx) => new Set((await tx.run('MATCH (n) RETURN elementId(n) AS id')).records.map((r) => r.get('id') as string)));
}
