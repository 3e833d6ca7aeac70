/**
 * Issue 4: bad input is BAD_USER_INPUT (naming no internals); a well-formed id of a node that
 * does not exist is null, not an error.
 */
import { describe, expect, it } from 'vitest';
import { seededServer } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { articleGid, claimGid, gid } from './ids.ts';
import { expectErrorCode } from './responses.ts';

const cursorOf = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('errors and missing objects over HTTP', () => {
  const { server } = seededServer();

  it('first: 101 is BAD_USER_INPUT on every connection', async () => {
    const queries: [string, string][] = [
      ['claims', `{ claims(first: 101) { totalCount } }`],
      ['entities', `{ entities(first: 101) { totalCount } }`],
      ['articles', `{ articles(first: 101) { totalCount } }`],
      ['article', `query($id: ID!) { article(id: $id) { claims(first: 101) { totalCount } } }`],
      ['entity', `query($id: ID!) { entity(id: $id) { claims(first: 101) { totalCount } } }`],
      ['entity', `query($id: ID!) { entity(id: $id) { mentionedIn(first: 101) { totalCount } } }`],
    ];
    for (const [field, query] of queries) {
      const response = await server.graphql(query, { id: field === 'article' ? articleGid : gid('group/russian-forces') });
      expectErrorCode(response, 'BAD_USER_INPUT');
      expect(response.errors![0].message, query).toMatch(/first/);
    }
  });

  it('a negative first is BAD_USER_INPUT', async () => {
    expectErrorCode(await server.graphql(`{ claims(first: -1) { totalCount } }`), 'BAD_USER_INPUT', 'claims');
  });

  it('a malformed cursor is BAD_USER_INPUT', async () => {
    const bad = [
      'not-a-cursor',
      '!!!',
      '',
      cursorOf('offset:-1'),
      cursorOf('offset:abc'),
      cursorOf('offset:1.5'),
      cursorOf('position:3'),
      cursorOf('offset:01'),
      `${cursorOf('offset:1')}==`,
    ];
    for (const after of bad) {
      const response = await server.graphql(`query($after: String) { claims(first: 3, after: $after) { totalCount } }`, { after });
      expectErrorCode(response, 'BAD_USER_INPUT', 'claims');
      expect(response.errors![0].extensions!.argument, after).toBe('after');
    }
  });

  it('a malformed id is BAD_USER_INPUT, for every argument that takes an id', async () => {
    const bad = [
      'not an id',
      '!!!',
      '',
      'abc',
      gid('person/'),
      gid('Person/Svetlana'),
      gid('unknown/thing'),
      gid('person/svetlana golub'),
      `${gid('person/svetlana-golub')}=`,
    ];
    for (const id of bad) {
      expectErrorCode(await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id }), 'BAD_USER_INPUT', 'node');
      expectErrorCode(await server.graphql(`query($id: ID!) { entity(id: $id) { id } }`, { id }), 'BAD_USER_INPUT', 'entity');
      expectErrorCode(await server.graphql(`query($id: ID!) { claim(id: $id) { id } }`, { id }), 'BAD_USER_INPUT', 'claim');
      expectErrorCode(await server.graphql(`query($id: ID!) { article(id: $id) { id } }`, { id }), 'BAD_USER_INPUT', 'article');
      for (const filter of ['claimant', 'mentions', 'reportedVia', 'article']) {
        expectErrorCode(
          await server.graphql(`query($f: ClaimFilter) { claims(filter: $f) { totalCount } }`, { f: { [filter]: id } }),
          'BAD_USER_INPUT',
          'claims',
        );
      }
    }
  });

  it('an id of the wrong kind is BAD_USER_INPUT', async () => {
    const person = gid('person/svetlana-golub');
    const cases: [string, Record<string, unknown>][] = [
      [`query($id: ID!) { claims(filter: {claimant: $id}) { totalCount } }`, { id: articleGid }],
      [`query($id: ID!) { claims(filter: {mentions: $id}) { totalCount } }`, { id: claimGid(a.claims[0].id) }],
      [`query($id: ID!) { claims(filter: {reportedVia: $id}) { totalCount } }`, { id: articleGid }],
      [`query($id: ID!) { claims(filter: {article: $id}) { totalCount } }`, { id: person }],
      [`query($id: ID!) { claim(id: $id) { id } }`, { id: person }],
      [`query($id: ID!) { article(id: $id) { id } }`, { id: claimGid(a.claims[0].id) }],
      [`query($id: ID!) { entity(id: $id) { id } }`, { id: articleGid }],
    ];
    for (const [query, variables] of cases) {
      const response = await server.graphql(query, variables);
      expectErrorCode(response, 'BAD_USER_INPUT');
      expect(response.data?.claims ?? response.data?.claim ?? response.data?.article ?? response.data?.entity ?? null, query).toBeNull();
    }
  });

  it('a well-formed id of a node that does not exist is null, not an error', async () => {
    const cases: [string, string][] = [
      [`query($id: ID!) { node(id: $id) { id } }`, gid('person/nobody')],
      [`query($id: ID!) { entity(id: $id) { id } }`, gid('person/nobody')],
      [`query($id: ID!) { node(id: $id) { id } }`, gid(`claim/${a.article.id}/c999`)],
      [`query($id: ID!) { claim(id: $id) { id } }`, gid(`claim/${a.article.id}/c999`)],
      [`query($id: ID!) { article(id: $id) { id } }`, gid('article/no-such-article')],
      [`query($id: ID!) { node(id: $id) { id } }`, gid('channel/no-such-channel')],
    ];
    for (const [query, id] of cases) {
      const response = await server.graphql(query, { id });
      expect(response.errors, query).toBeUndefined();
      expect(Object.values(response.data), query).toEqual([null]);
    }
  });

  it('entity(name: "nobody") is null, not an error', async () => {
    const response = await server.graphql(`{ entity(name: "nobody") { id } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ entity: null });
  });

  it('entity() needs exactly one of id and name', async () => {
    expectErrorCode(await server.graphql(`{ entity { id } }`), 'BAD_USER_INPUT', 'entity');
    expectErrorCode(
      await server.graphql(`query($id: ID!) { entity(id: $id, name: "Golub") { id } }`, { id: gid('person/svetlana-golub') }),
      'BAD_USER_INPUT',
      'entity',
    );
  });

  it('saidFrom after saidTo is BAD_USER_INPUT', async () => {
    expectErrorCode(
      await server.graphql(`{ claims(filter: {saidFrom: "2022-03-02", saidTo: "2022-03-01"}) { totalCount } }`),
      'BAD_USER_INPUT',
      'claims',
    );
  });

  it('an invalid date in a variable is BAD_USER_INPUT', async () => {
    for (const d of ['2022-13-45', '2022-02-30', 'yesterday', '2022-03-02T10:00:00Z']) {
      expectErrorCode(await server.graphql(`query($d: Date) { claims(filter: {saidFrom: $d}) { totalCount } }`, { d }), 'BAD_USER_INPUT');
    }
  });

  it('an over-long text argument is BAD_USER_INPUT', async () => {
    const long = 'x'.repeat(10_000);
    expectErrorCode(await server.graphql(`query($s: String!) { search(query: $s) { score } }`, { s: long }), 'BAD_USER_INPUT', 'search');
    expectErrorCode(
      await server.graphql(`query($s: String) { claims(filter: {text: $s}) { totalCount } }`, { s: long }),
      'BAD_USER_INPUT',
      'claims',
    );
    expectErrorCode(
      await server.graphql(`query($s: String) { entities(filter: {nameContains: $s}) { totalCount } }`, { s: long }),
      'BAD_USER_INPUT',
      'entities',
    );
    expectErrorCode(await server.graphql(`query($s: String!) { entity(name: $s) { id } }`, { s: long }), 'BAD_USER_INPUT', 'entity');
  });
});
