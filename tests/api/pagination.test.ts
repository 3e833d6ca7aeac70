/** Issue 4: cursor pagination walks every item once, and pageInfo tells the truth. */
import { describe, expect, it } from 'vitest';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { articleGid, claimGid, gid } from './ids.ts';

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
const PAGE = `totalCount edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

describe('cursor pagination over HTTP', () => {
  const { server } = seededServer();

  /** Follows endCursor until hasNextPage is false; checks every page's pageInfo on the way. */
  async function walk(fetchPage: (after: string | null) => Promise<Page>, size: number, total: number) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pageNo = 0; ; pageNo++) {
      const page = await fetchPage(after);
      expect(page.totalCount).toBe(total);
      expect(page.nodes).toEqual(page.edges.map((e) => e.node));
      expect(page.edges.length).toBe(Math.min(size, total - seen.length));
      expect(page.pageInfo.hasPreviousPage).toBe(pageNo > 0);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      expect(new Set(page.edges.map((e) => e.cursor)).size).toBe(page.edges.length);
      seen.push(...page.nodes.map((n) => n.id));
      expect(page.pageInfo.hasNextPage).toBe(seen.length < total);
      if (!page.pageInfo.hasNextPage) break;
      expect(pageNo, 'too many pages').toBeLessThan(total);
      after = page.pageInfo.endCursor;
    }
    return seen;
  }

  const claimsPage = async (first: number, after: string | null, filter?: Record<string, unknown>): Promise<Page> =>
    expectData(
      await server.graphql(
        `query($first: Int, $after: String, $filter: ClaimFilter) { claims(first: $first, after: $after, filter: $filter) { ${PAGE} } }`,
        {
          first,
          after,
          filter,
        },
      ),
    ).claims;

  it('walks ALL claims with first: 3, without duplicates or gaps, in the same order as one big page', async () => {
    const all = (await claimsPage(100, null)).nodes.map((n) => n.id);
    expect(all.length).toBe(a.claims.length);
    const walked = await walk((after) => claimsPage(3, after), 3, a.claims.length);
    expect(new Set(walked).size).toBe(walked.length);
    expect(new Set(walked)).toEqual(new Set(a.claims.map((c) => claimGid(c.id))));
    expect(walked).toEqual(all);
  });

  it('walks claims page by page with every page size from 1 to the total', async () => {
    const all = a.claims.map((c) => claimGid(c.id));
    for (const size of [1, 2, 4, 5, a.claims.length - 1, a.claims.length]) {
      expect(await walk((after) => claimsPage(size, after), size, all.length), `first: ${size}`).toEqual(all);
    }
  });

  it('walks a filtered list', async () => {
    const expected = a.claims.filter((c) => c.kind === 'FIGURE').map((c) => claimGid(c.id));
    expect(expected.length).toBeGreaterThan(2);
    expect(await walk((after) => claimsPage(2, after, { kind: 'FIGURE' }), 2, expected.length)).toEqual(expected);
  });

  it('continues from an edge cursor in the middle of a page', async () => {
    const first = await claimsPage(5, null);
    const next = await claimsPage(3, first.edges[1].cursor);
    expect(next.nodes.map((n) => n.id)).toEqual(a.claims.slice(2, 5).map((c) => claimGid(c.id)));
    expect(next.pageInfo.hasPreviousPage).toBe(true);
  });

  it('after the last cursor is an empty page with no next page', async () => {
    const last = await claimsPage(100, null);
    const after = await claimsPage(3, last.pageInfo.endCursor);
    expect(after.edges).toEqual([]);
    expect(after.totalCount).toBe(a.claims.length);
    expect(after.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it('first: 0 returns no edges but the total and that there is more', async () => {
    const page = await claimsPage(0, null);
    expect(page.edges).toEqual([]);
    expect(page.totalCount).toBe(a.claims.length);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('first: 100 is allowed (the maximum)', async () => {
    const page = await claimsPage(100, null);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.edges.length).toBe(a.claims.length);
  });

  it('walks entities with first: 5', async () => {
    const walked = await walk(
      async (after) =>
        expectData(await server.graphql(`query($after: String) { entities(first: 5, after: $after) { ${PAGE} } }`, { after })).entities,
      5,
      a.entities.length,
    );
    expect(new Set(walked)).toEqual(new Set(a.entities.map((e) => gid(e.id))));
    expect(walked.length).toBe(a.entities.length);
  });

  it('walks Article.claims and Entity.claims with small pages', async () => {
    const articleClaims = await walk(
      async (after) =>
        expectData(
          await server.graphql(`query($id: ID!, $after: String) { article(id: $id) { claims(first: 4, after: $after) { ${PAGE} } } }`, {
            id: articleGid,
            after,
          }),
        ).article.claims,
      4,
      a.claims.length,
    );
    expect(articleClaims).toEqual(a.claims.map((c) => claimGid(c.id)));

    const russia = a.claims.filter((c) => c.claimants.includes('org/russia-defense-ministry')).map((c) => claimGid(c.id));
    const entityClaims = await walk(
      async (after) =>
        expectData(
          await server.graphql(`query($id: ID!, $after: String) { entity(id: $id) { claims(first: 2, after: $after) { ${PAGE} } } }`, {
            id: gid('org/russia-defense-ministry'),
            after,
          }),
        ).entity.claims,
      2,
      russia.length,
    );
    expect(entityClaims).toEqual(russia);
  });

  it('walks articles', async () => {
    const walked = await walk(
      async (after) =>
        expectData(await server.graphql(`query($after: String) { articles(first: 1, after: $after) { ${PAGE} } }`, { after })).articles,
      1,
      1,
    );
    expect(walked).toEqual([articleGid]);
  });
});
