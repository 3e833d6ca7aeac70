/**
 * updateEntity and mergeEntities through HTTP on the real Neo4j: the change, its Edit, merged
 * ids that keep resolving, authorisation and bad input (nothing written).
 */
import { describe, expect, it } from 'vitest';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';
import { gid, graphFingerprint, HISTORY, writer } from './support.ts';

const seedEntity = (id: string) => seedAnnotation.entities.find((e) => e.id === id)!;
const claimsOf = (entity: string) => seedAnnotation.claims.filter((c) => c.claimants.includes(entity)).map((c) => c.id);

const UPDATE = `
  mutation($id: ID!, $input: EntityUpdate!) {
    updateEntity(id: $id, input: $input) { id name aliases type ... on Organization { kind } }
  }`;
const MERGE = `
  mutation($into: ID!, $from: [ID!]!) {
    mergeEntities(into: $into, from: $from) { id name aliases claims(first: 100) { totalCount nodes { id } } }
  }`;

describe('updateEntity', () => {
  const { server, db } = seededServer();
  const golub = 'person/svetlana-golub';

  it('renames an entity, keeps the old name as an alias, adds and removes aliases, and records the edit', async () => {
    const before = seedEntity(golub);
    const data = expectData(
      await server.graphql(
        UPDATE,
        { id: gid(golub), input: { name: 'Svetlana A. Golub', addAliases: ['S. Golub'], removeAliases: ['Golub'] } },
        writer,
      ),
    );
    expect(data.updateEntity.name).toBe('Svetlana A. Golub');
    expect(data.updateEntity.aliases).toEqual([before.name, 'S. Golub']);

    const byOldName = expectData(await server.graphql('{ entity(name: "Svetlana Golub") { id } }'));
    expect(byOldName.entity.id).toBe(gid(golub));
    const byRemoved = expectData(await server.graphql('{ entity(name: "Golub") { id } }'));
    expect(byRemoved.entity).toBeNull();

    const history = expectData(await server.graphql(HISTORY, { id: gid(golub) })).history;
    expect(history.totalCount).toBe(1);
    const [edit] = history.nodes;
    expect(edit.operation).toBe('UPDATE_ENTITY');
    expect(edit.by).toBe('api-key');
    expect(edit.targetId).toBe(gid(golub));
    expect(edit.target.id).toBe(gid(golub));
    expect(JSON.parse(edit.before)).toMatchObject({ name: before.name, aliases: before.aliases });
    expect(JSON.parse(edit.after)).toMatchObject({ name: 'Svetlana A. Golub', aliases: [before.name, 'S. Golub'] });
    expect(Date.now() - Date.parse(edit.at)).toBeLessThan(60_000);
  });

  it('changes the type: an organization gets a kind', async () => {
    const id = 'group/ukrainian-authorities';
    const data = expectData(await server.graphql(UPDATE, { id: gid(id), input: { type: 'ORGANIZATION', kind: 'GOVERNMENT' } }, writer));
    expect(data.updateEntity).toMatchObject({ type: 'ORGANIZATION', kind: 'GOVERNMENT', name: seedEntity(id).name });
    const node = expectData(await server.graphql('query($id: ID!) { node(id: $id) { __typename } }', { id: gid(id) }));
    expect(node.node.__typename).toBe('Organization');
  });

  it.each([
    ['an empty input', { id: gid(golub), input: {} }],
    ['an unknown entity', { id: gid('person/nobody-at-all'), input: { name: 'X' } }],
    ['a claim id', { id: gid(`claim/${seedAnnotation.article.id}/c01`), input: { name: 'X' } }],
    ['a malformed id', { id: 'not an id', input: { name: 'X' } }],
    ['a blank name', { id: gid(golub), input: { name: '   ' } }],
    ['a null name', { id: gid(golub), input: { name: null } }],
    ['a kind for a person', { id: gid(golub), input: { kind: 'NGO' } }],
    ['removing an alias it does not have', { id: gid(golub), input: { removeAliases: ['Nobody'] } }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, variables) => {
    const before = await graphFingerprint(db);
    const response = await server.graphql(UPDATE, variables, writer);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('refuses without a credential (UNAUTHENTICATED) and with a wrong one (FORBIDDEN), writing nothing', async () => {
    const before = await graphFingerprint(db);
    const none = await server.graphql(UPDATE, { id: gid(golub), input: { name: 'X' } });
    expect(none.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await server.graphql(UPDATE, { id: gid(golub), input: { name: 'X' } }, { authorization: 'Bearer wrong-key-0123456789' });
    expect(wrong.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await graphFingerprint(db)).toBe(before);
  });
});

describe('mergeEntities', () => {
  const { server, db } = seededServer();
  const into = 'org/russia-defense-ministry';
  const from = 'org/russia-defense-ministry-press-service';

  it('moves claims, mentions, relations and aliases to the survivor; the merged id resolves to it', async () => {
    const expectedClaims = [...claimsOf(into), ...claimsOf(from)].map((c) => gid(`claim/${seedAnnotation.article.id}/${c}`)).sort();
    const data = expectData(await server.graphql(MERGE, { into: gid(into), from: [gid(from)] }, writer)).mergeEntities;
    expect(data.id).toBe(gid(into));
    expect(data.claims.nodes.map((c: { id: string }) => c.id).sort()).toEqual(expectedClaims);
    expect(data.aliases).toEqual([...seedEntity(into).aliases, seedEntity(from).name]);

    const viaMerged = expectData(
      await server.graphql('query($id: ID!) { node(id: $id) { id ... on Entity { name } } entity(id: $id) { id } }', { id: gid(from) }),
    );
    expect(viaMerged.node).toEqual({ id: gid(into), name: seedEntity(into).name });
    expect(viaMerged.entity.id).toBe(gid(into));

    // The article's image credit pointed at the press service; it now points at the survivor.
    const article = expectData(await server.graphql('{ articles(first: 1) { nodes { imageCredits { id } } } }')).articles.nodes[0];
    expect(article.imageCredits.map((e: { id: string }) => e.id)).toContain(gid(into));
    const left = await db.read((tx) => tx.run('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id: from }));
    expect(left.records[0].get('n')).toBe(0);

    for (const id of [into, from]) {
      const history = expectData(await server.graphql(HISTORY, { id: gid(id) })).history;
      expect(history.nodes.map((e: { operation: string }) => e.operation)).toEqual(['MERGE_ENTITIES']);
      expect(history.nodes[0].targetIds).toEqual([gid(into), gid(from)]);
      expect(JSON.parse(history.nodes[0].before).from[0]).toMatchObject({ id: from, name: seedEntity(from).name });
    }
  });

  it.each([
    ['merging an entity into itself', () => ({ into: gid(into), from: [gid(into)] })],
    ['an empty from', () => ({ into: gid(into), from: [] })],
    ['an unknown into', () => ({ into: gid('org/no-such-org'), from: [gid('org/pentagon')] })],
    ['an unknown from', () => ({ into: gid(into), from: [gid('org/no-such-org')] })],
    ['an article id', () => ({ into: gid(into), from: [gid(`article/${seedAnnotation.article.id}`)] })],
    ['an entity merged into it already', () => ({ into: gid(into), from: [gid(from)] })],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, variables) => {
    const before = await graphFingerprint(db);
    const response = await server.graphql(MERGE, variables(), writer);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await graphFingerprint(db)).toBe(before);
  });
});
