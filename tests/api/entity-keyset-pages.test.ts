/**
 * Issue 14: an entity's `claims` and `mentionedIn` pages continue from their cursor's key, both
 * when the entity is asked by id (the pages come in the entity's own statement) and when it is
 * one of a list (the pages are batched, every entity of the batch seeking after the same key):
 * walking by endCursor gives the big page's order, and a claim deleted meanwhile shifts nothing.
 */
import { describe, expect, it } from 'vitest';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { claimGid, gid } from './ids.ts';
import { expectKeyedPageSurvivesDelete, type KeyedPage, pageIds, walkKeyed } from './keyed-pages.ts';

const FORCES = 'group/russian-forces';
const GOLUB = 'person/svetlana-golub';
const CONNECTION = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor }';
type List = 'claims' | 'mentionedIn';

describe('keyset pages of an entity’s claims and mentions over HTTP', () => {
  const { server } = seededServer();
  const expected = {
    claims: a.claims.filter((c) => c.claimants.includes(GOLUB)).map((c) => claimGid(c.id)),
    mentionedIn: a.claims.filter((c) => c.mentions.includes(FORCES)).map((c) => claimGid(c.id)),
  };
  const entityOf = { claims: GOLUB, mentionedIn: FORCES };

  /** The page as a field of `entity(id:)`: read in the entity's own statement. */
  const byId = async (list: List, first: number, after: string | null): Promise<KeyedPage> =>
    expectData(
      await server.graphql(
        `query($id: ID!, $first: Int!, $after: String) { entity(id: $id) { ... on Node { id } ... on Person { ${list}(first: $first, after: $after) { ${CONNECTION} } } ... on Group { ${list}(first: $first, after: $after) { ${CONNECTION} } } } }`,
        { id: gid(entityOf[list]), first, after },
      ),
    ).entity[list];

  /** The page as a field of every entity of a list: one batched statement for all of them. */
  const inList = async (list: List, first: number, after: string | null): Promise<KeyedPage> => {
    const entities = expectData(
      await server.graphql(
        `query($first: Int!, $after: String) { entities(first: 30) { nodes { id ... on Person { ${list}(first: $first, after: $after) { ${CONNECTION} } } ... on Group { ${list}(first: $first, after: $after) { ${CONNECTION} } } } } }`,
        { first, after },
      ),
    ).entities.nodes as ({ id: string } & Record<List, KeyedPage>)[];
    return entities.find((e) => e.id === gid(entityOf[list]))![list];
  };

  it('the seed has a claimant and a mentioned entity with enough claims for several pages', () => {
    expect(expected.claims.length).toBeGreaterThanOrEqual(5);
    expect(expected.mentionedIn.length).toBeGreaterThanOrEqual(8);
  });

  it.each([
    ['claims', 'entity(id:)', byId],
    ['mentionedIn', 'entity(id:)', byId],
    ['claims', 'a list of entities', inList],
    ['mentionedIn', 'a list of entities', inList],
  ] as const)('walking %s of %s by keyed cursors gives every claim once, in the order of one big page', async (list, _, read) => {
    const all = (await read(list, 100, null)).edges.map((e) => e.node.id);
    expect(new Set(all)).toEqual(new Set(expected[list]));
    for (const first of [1, 2, 3]) expect(await walkKeyed((n, after) => read(list, n, after), first, expected[list].length)).toEqual(all);
  });

  it('an edge cursor in the middle of a page continues after that edge, in both routes', async () => {
    const first = await byId('mentionedIn', 4, null);
    expect(pageIds(await byId('mentionedIn', 2, first.edges[1].cursor))).toEqual(pageIds(first).slice(2, 4));
    expect(pageIds(await inList('mentionedIn', 2, first.edges[1].cursor))).toEqual(pageIds(first).slice(2, 4));
  });

  // Last: it deletes a claim from the seeded graph.
  it.each([
    ['entity(id:)', byId],
    ['a list of entities', inList],
  ] as const)('a claim deleted after the first page (%s) shifts an offset cursor’s next page but not the keyed one', async (_, read) => {
    await expectKeyedPageSurvivesDelete(server, (first, after) => read('mentionedIn', first, after));
  });
});
