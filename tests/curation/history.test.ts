/**
 * history(id:) and edits(): newest first, paged with cursors, the author of each edit (the API
 * key or the JWT's sub), and bad input.
 */
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { expectData, seededServer } from '../support/harness.ts';
import { gid, HISTORY, writer } from './support.ts';

const SECRET = 'curation-test-secret-0123456789abcdef-0123';
const EDITS = `query($first: Int, $after: String) { edits(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { sequence operation by targetId } } }`;
const RENAME = `mutation($id: ID!, $name: String!) { updateEntity(id: $id, input: {addAliases: [$name]}) { id } }`;

const jwt = (role: string) =>
  new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('analyst-7')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(SECRET));

describe('history and edits', () => {
  const { server } = seededServer({ JWT_SECRET: SECRET });
  const entities = ['person/svetlana-golub', 'org/pentagon', 'org/kremlin'];

  it('records who made each edit: the API key, or the JWT subject', async () => {
    expectData(await server.graphql(RENAME, { id: gid(entities[0]), name: 'Alias one' }, writer));
    expectData(
      await server.graphql(RENAME, { id: gid(entities[1]), name: 'Alias two' }, { authorization: `Bearer ${await jwt('writer')}` }),
    );
    expectData(await server.graphql(RENAME, { id: gid(entities[2]), name: 'Alias three' }, writer));
    expectData(await server.graphql(RENAME, { id: gid(entities[0]), name: 'Alias four' }, writer));
    const byEntity = await Promise.all(
      entities.map(async (id) => expectData(await server.graphql(HISTORY, { id: gid(id) })).history.nodes.map((e: { by: string }) => e.by)),
    );
    expect(byEntity).toEqual([['api-key', 'api-key'], ['jwt:analyst-7'], ['api-key']]);
  });

  it('a reader JWT may not edit (FORBIDDEN) and leaves no edit behind', async () => {
    const before = expectData(await server.graphql(EDITS, {})).edits.totalCount;
    const response = await server.graphql(
      RENAME,
      { id: gid(entities[0]), name: 'Nope' },
      { authorization: `Bearer ${await jwt('reader')}` },
    );
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(expectData(await server.graphql(EDITS, {})).edits.totalCount).toBe(before);
  });

  it('edits() pages newest first with cursors', async () => {
    const first = expectData(await server.graphql(EDITS, { first: 3 })).edits;
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = expectData(await server.graphql(EDITS, { first: 3, after: first.pageInfo.endCursor })).edits;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const sequences = [...first.nodes, ...rest.nodes].map((e: { sequence: number }) => e.sequence);
    expect(sequences).toHaveLength(4);
    expect(sequences).toEqual([...sequences].sort((a, b) => b - a));
    expect([...first.nodes, ...rest.nodes].map((e: { targetId: string }) => e.targetId)).toEqual(
      [entities[0], entities[2], entities[1], entities[0]].map(gid),
    );
  });

  it('history of a node never edited is empty; bad ids and cursors are BAD_USER_INPUT', async () => {
    expect(expectData(await server.graphql(HISTORY, { id: gid('place/kyiv') })).history).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await server.graphql(HISTORY, { id: 'not-an-id!' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.graphql(EDITS, { after: 'bogus' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.graphql(EDITS, { first: 1000 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
