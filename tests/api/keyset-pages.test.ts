/**
 * Issue 14: a claims page anchored on a claimant, an outlet or a mentioned entity, in creation
 * order, continues from its cursor's key (a keyset page), so that it reads one page of the link
 * index however deep it is, and a claim deleted meanwhile neither shifts nor repeats the next page.
 */
import { describe, expect, it } from 'vitest';
import { decodeCursor } from '../../src/api/pagination.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { claimGid, gid } from './ids.ts';
import { expectKeyedPageSurvivesDelete, type KeyedPage, walkKeyed } from './keyed-pages.ts';

const FORCES = 'group/russian-forces';
const QUERY = `
  query($filter: ClaimFilter!, $direction: OrderDirection!, $first: Int!, $after: String) {
    claims(filter: $filter, orderBy: {field: CREATED, direction: $direction}, first: $first, after: $after) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }`;

describe('keyset pages of an anchor’s claims over HTTP', () => {
  const { server } = seededServer();
  const forcesClaims = a.claims.filter((c) => c.mentions.includes(FORCES)).map((c) => claimGid(c.id));

  const page = async (
    direction: 'ASC' | 'DESC',
    first: number,
    after: string | null,
    filter = { mentions: gid(FORCES) },
  ): Promise<KeyedPage> => expectData(await server.graphql(QUERY, { filter, direction, first, after })).claims;

  it('the seed has an entity mentioned by enough claims for several pages', () => {
    expect(forcesClaims.length).toBeGreaterThanOrEqual(8);
  });

  it.each(['ASC', 'DESC'] as const)(
    'walking by keyed cursors (%s) gives every claim once, in the order of one big page',
    async (direction) => {
      const all = (await page(direction, 100, null)).edges.map((e) => e.node.id);
      expect(new Set(all)).toEqual(new Set(forcesClaims));
      for (const first of [1, 2, 3])
        expect(await walkKeyed((n, after) => page(direction, n, after), first, forcesClaims.length)).toEqual(all);
    },
  );

  it('every cursor of such a page carries its claim’s key, and an edge cursor in the middle continues after that edge', async () => {
    const first = await page('ASC', 4, null);
    for (const edge of first.edges) expect(decodeCursor(edge.cursor).key).toBeDefined();
    const next = await page('ASC', 2, first.edges[1].cursor);
    expect(next.edges.map((e) => e.node.id)).toEqual(first.edges.slice(2, 4).map((e) => e.node.id));
  });

  it('a page of an unanchored list keeps offset cursors, and a keyed cursor given to it is read as its position', async () => {
    const unanchored = expectData(await server.graphql('{ claims(first: 3) { edges { cursor node { id } } } }')).claims;
    expect(decodeCursor(unanchored.edges[0].cursor).key).toBeUndefined();
    const keyed = (await page('ASC', 3, null)).edges[1].cursor;
    const after = expectData(
      await server.graphql('query($after: String) { claims(first: 2, after: $after) { edges { node { id } } } }', { after: keyed }),
    ).claims;
    expect(after.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(a.claims.slice(2, 4).map((c) => claimGid(c.id)));
  });

  it('a tampered cursor is refused with BAD_USER_INPUT', async () => {
    const cursor = (await page('ASC', 2, null)).pageInfo.endCursor!;
    const tampered = Buffer.from(Buffer.from(cursor, 'base64url').toString('utf8').replace(/,"/, ', "')).toString('base64url');
    const result = await server.graphql(QUERY, { filter: { mentions: gid(FORCES) }, direction: 'ASC', first: 2, after: tampered });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  // Last: it deletes a claim from the seeded graph.
  it('a claim deleted after the first page shifts an offset cursor’s next page but not the keyed one', async () => {
    await expectKeyedPageSurvivesDelete(server, (first, after) => page('DESC', first, after));
  });
});
