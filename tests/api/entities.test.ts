/** Issue 4: node, entity (by id and by name), entities with filters, and Entity fields, over HTTP. */
import { describe, expect, it } from 'vitest';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { annotatedEntity, articleGid, channelGid, claimGid, entityTypeEnum, gid } from './ids.ts';
import { sorted } from './responses.ts';

const ENTITY_FIELDS = `id __typename name aliases description type ... on Organization { kind }`;
/** What the annotation says an entity looks like through the API. */
const expectedEntity = (id: string) => {
  const e = annotatedEntity(id);
  return {
    id: gid(e.id),
    __typename: e.type,
    name: e.name,
    aliases: [...new Set(e.aliases.filter((x) => x !== e.name))],
    description: e.description ?? null,
    type: entityTypeEnum(e.type),
    ...(e.type === 'Organization' ? { kind: e.kind } : {}),
  };
};
/** Entities whose name or an alias contains the text, case-insensitively (the nameContains contract). */
const nameContains = (text: string) =>
  a.entities.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(text.toLowerCase())));

describe('entities over HTTP', () => {
  const { server } = seededServer();
  const q = <T = any>(query: string, variables?: Record<string, unknown>) => server.graphql<T>(query, variables).then(expectData);

  it('node(id:) resolves every kind of node to its type', async () => {
    const claimId = a.claims[0].id;
    const channel = a.channels[0];
    const data = await q(
      `query($p: ID!, $c: ID!, $a: ID!, $ch: ID!) {
        p: node(id: $p) { __typename id ... on Person { name } }
        c: node(id: $c) { __typename id ... on Claim { text } }
        a: node(id: $a) { __typename id ... on Article { title } }
        ch: node(id: $ch) { __typename id ... on Channel { name medium } }
      }`,
      { p: gid('person/svetlana-golub'), c: claimGid(claimId), a: articleGid, ch: channelGid(channel.id) },
    );
    expect(data.p).toEqual({ __typename: 'Person', id: gid('person/svetlana-golub'), name: 'Svetlana Golub' });
    expect(data.c).toEqual({ __typename: 'Claim', id: claimGid(claimId), text: a.claims[0].text });
    expect(data.a).toEqual({ __typename: 'Article', id: articleGid, title: a.article.title });
    expect(data.ch).toEqual({ __typename: 'Channel', id: channelGid(channel.id), name: channel.name, medium: channel.medium });
  });

  it('entity(id:) returns every annotated entity with its fields', async () => {
    for (const e of a.entities) {
      const data = await q(`query($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS} } }`, { id: gid(e.id) });
      expect(data.entity, e.id).toEqual(expectedEntity(e.id));
    }
  });

  it('entity(name:) finds by canonical name, by alias, case-insensitively and ignoring outer spaces', async () => {
    const cases: [string, string][] = [
      ['Svetlana Golub', 'person/svetlana-golub'],
      ['Golub', 'person/svetlana-golub'],
      ['sVeTlAnA gOlUb', 'person/svetlana-golub'],
      ['  golub ', 'person/svetlana-golub'],
      ['the capital', 'place/kyiv'],
      ["Russia's defense ministry", 'org/russia-defense-ministry'],
      ['NEW YORK TIMES', 'org/new-york-times'],
      ['AP', 'org/associated-press'],
    ];
    for (const [name, id] of cases) {
      const data = await q(`query($name: String!) { entity(name: $name) { id name } }`, { name });
      expect(data.entity?.id, name).toBe(gid(id));
    }
  });

  it('entity(name:) matches whole names only, not substrings', async () => {
    // "Golu" is part of "Golub" but no entity's name or alias.
    expect(a.entities.some((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === 'golu'))).toBe(false);
    const data = await q(`{ entity(name: "Golu") { id } }`);
    expect(data.entity).toBeNull();
  });

  it('entities() lists every entity, ordered by name', async () => {
    const data = await q(`{ entities(first: 100) { totalCount nodes { id name } } }`);
    expect(data.entities.totalCount).toBe(a.entities.length);
    const expected = [...a.entities].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : 1));
    expect(data.entities.nodes.map((n: { id: string }) => n.id)).toEqual(expected.map((e) => gid(e.id)));
  });

  it('entities(filter: {type}) returns exactly the entities of that type', async () => {
    for (const type of ['Person', 'Organization', 'Place', 'Group']) {
      const data = await q(
        `query($t: EntityType) { entities(filter: {type: $t}, first: 100) { totalCount nodes { id __typename type } } }`,
        {
          t: entityTypeEnum(type),
        },
      );
      const expected = a.entities.filter((e) => e.type === type).map((e) => gid(e.id));
      expect(data.entities.totalCount, type).toBe(expected.length);
      expect(sorted(data.entities.nodes.map((n: { id: string }) => n.id)), type).toEqual(sorted(expected));
      for (const n of data.entities.nodes) expect(n).toMatchObject({ __typename: type, type: entityTypeEnum(type) });
    }
  });

  it('entities(filter: {nameContains}) matches names and aliases case-insensitively', async () => {
    for (const text of ['GOLUB', 'mothers', 'times', 'putin', 'ministry']) {
      const data = await q(`query($s: String) { entities(filter: {nameContains: $s}, first: 100) { totalCount nodes { id } } }`, {
        s: text,
      });
      const expected = nameContains(text).map((e) => gid(e.id));
      expect(expected.length, text).toBeGreaterThan(0);
      expect(data.entities.totalCount, text).toBe(expected.length);
      expect(sorted(data.entities.nodes.map((n: { id: string }) => n.id)), text).toEqual(sorted(expected));
    }
  });

  it('entities(filter:) combines type and nameContains', async () => {
    const data = await q(`{ entities(filter: {type: GROUP, nameContains: "russian"}, first: 100) { totalCount nodes { id } } }`);
    const expected = nameContains('russian')
      .filter((e) => e.type === 'Group')
      .map((e) => gid(e.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(nameContains('russian').length);
    expect(sorted(data.entities.nodes.map((n: { id: string }) => n.id))).toEqual(sorted(expected));
    expect(data.entities.totalCount).toBe(expected.length);
  });

  it('entities(filter: {nameContains}) with no match is an empty connection', async () => {
    const data = await q(
      `{ entities(filter: {nameContains: "zzzz-no-such-name"}) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(data.entities).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('Organization.kind is the annotated kind of every organization', async () => {
    const data = await q(`{ entities(filter: {type: ORGANIZATION}, first: 100) { nodes { id ... on Organization { kind } } } }`);
    const kinds = Object.fromEntries(data.entities.nodes.map((n: { id: string; kind: string }) => [n.id, n.kind]));
    const expected = Object.fromEntries(a.entities.filter((e) => e.type === 'Organization').map((e) => [gid(e.id), e.kind]));
    expect(kinds).toEqual(expected);
    expect(kinds[gid('org/facebook')]).toBe('PLATFORM');
    expect(kinds[gid('org/soldiers-mothers-committee')]).toBe('NGO');
  });

  it('Entity.relations lists every annotated relation from both ends, with its direction', async () => {
    const data = await q(`{ entities(first: 100) { nodes { id relations { type direction other { id } evidence } } } }`);
    for (const node of data.entities.nodes as { id: string; relations: unknown[] }[]) {
      const expected = a.relations.flatMap((r) => [
        ...(gid(r.from) === node.id
          ? [{ type: r.type, direction: 'OUTGOING', other: { id: gid(r.to) }, evidence: r.evidence?.text ?? null }]
          : []),
        ...(gid(r.to) === node.id
          ? [{ type: r.type, direction: 'INCOMING', other: { id: gid(r.from) }, evidence: r.evidence?.text ?? null }]
          : []),
      ]);
      expect(sorted(node.relations.map((x) => JSON.stringify(x))), node.id).toEqual(sorted(expected.map((x) => JSON.stringify(x))));
    }
  });

  it('Golub is HEAD_OF the committee (OUTGOING); the committee is headed by Golub (INCOMING)', async () => {
    const data = await q(`{
      golub: entity(name: "Svetlana Golub") { relations { type direction other { name } } }
      committee: entity(name: "Soldiers' Mothers Committee") { relations { type direction other { name } } }
    }`);
    expect(data.golub.relations).toEqual([{ type: 'HEAD_OF', direction: 'OUTGOING', other: { name: "Soldiers' Mothers Committee" } }]);
    expect(data.committee.relations).toEqual([{ type: 'HEAD_OF', direction: 'INCOMING', other: { name: 'Svetlana Golub' } }]);
  });

  it('Entity.claims, Entity.mentionedIn and Entity.articles follow the annotation', async () => {
    for (const id of ['person/svetlana-golub', 'org/russia-defense-ministry', 'group/russian-forces', 'org/kremlin']) {
      const data = await q(
        `query($id: ID!) { entity(id: $id) {
          claims(first: 100) { totalCount nodes { id } }
          mentionedIn(first: 100) { totalCount nodes { id } }
          articles { id }
        } }`,
        { id: gid(id) },
      );
      const claimed = a.claims.filter((c) => c.claimants.includes(id)).map((c) => claimGid(c.id));
      const mentioned = a.claims.filter((c) => c.mentions.includes(id)).map((c) => claimGid(c.id));
      expect(data.entity.claims.totalCount, id).toBe(claimed.length);
      expect(
        data.entity.claims.nodes.map((n: { id: string }) => n.id),
        id,
      ).toEqual(claimed);
      expect(data.entity.mentionedIn.totalCount, id).toBe(mentioned.length);
      expect(
        data.entity.mentionedIn.nodes.map((n: { id: string }) => n.id),
        id,
      ).toEqual(mentioned);
      expect(data.entity.articles, id).toEqual([{ id: articleGid }]);
    }
  });
});
