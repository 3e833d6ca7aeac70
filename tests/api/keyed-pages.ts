/** What the keyed-cursor tests (keyset-pages, entity-keyset-pages) share: a page, a walk, a delete mid-walk. */
import { expect } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/api/pagination.ts';
import { expectData, type TestServer } from '../support/harness.ts';
import { writer } from '../curation/support.ts';

export interface KeyedPage {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

/** A connection read with `first` and `after`. */
export type ReadPage = (first: number, after: string | null) => Promise<KeyedPage>;

export const pageIds = (p: KeyedPage) => p.edges.map((e) => e.node.id);

/** Follows endCursor with pages of `first`; every cursor must carry a key. Returns the ids in order. */
export async function walkKeyed(read: ReadPage, first: number, maxPages: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i <= maxPages; i++) {
    const p = await read(first, after);
    expect(p.pageInfo.hasPreviousPage).toBe(i > 0);
    for (const edge of p.edges) expect(decodeCursor(edge.cursor).key).toBeDefined();
    seen.push(...pageIds(p));
    if (!p.pageInfo.hasNextPage) return seen;
    after = p.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

/**
 * Deletes the first claim of the first page of 2, then reads the next page from its endCursor
 * (keyed) and from the same position without the key: the keyed page continues where the first
 * ended, the offset one skips a claim.
 */
export async function expectKeyedPageSurvivesDelete(server: TestServer, read: ReadPage): Promise<void> {
  const all = pageIds(await read(100, null));
  const first = await read(2, null);
  const keyed = first.pageInfo.endCursor!;
  const offsetOnly = encodeCursor(decodeCursor(keyed).position);
  expectData(await server.graphql('mutation($id: ID!) { deleteClaim(id: $id) { id } }', { id: first.edges[0].node.id }, writer));
  expect(pageIds(await read(2, keyed))).toEqual(all.slice(2, 4));
  expect(pageIds(await read(2, offsetOnly))).toEqual(all.slice(3, 5));
}
