/**
 * Statements fetch only the node properties the request's document selects (src/api/selection.ts,
 * src/graph/read/cypher/projections.ts). Pinned here:
 *
 * - which fields count for which type (fragments, interfaces, the Node interface);
 * - that a narrow selection really narrows the Cypher;
 * - that it never changes an answer: each query below is asked alone (narrow projection) and
 *   again in a document that also holds an operation selecting every field of every node type
 *   (so the same operation runs with every property fetched), over HTTP, and the answers match.
 */
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldsByType, projectionFor } from '../../src/api/selection.ts';
import { loadTypeDefs } from '../../src/api/schema.ts';
import { buildClaimQuery } from '../../src/graph/read/cypher/claims.ts';
import { expectData, seededServer } from '../support/harness.ts';

// The same graphql-js copy as src/api/selection.ts (TypeInfo checks types with instanceof).
const require = createRequire(import.meta.url);
const { buildSchema, parse } = require('graphql') as typeof import('graphql');
const schema = buildSchema(loadTypeDefs().join('\n'));

/** An operation that selects every field that reads a node property, on every node type. */
const EVERYTHING = `
  query Everything {
    claims(first: 1) { nodes { ...AllClaim provenance { node { ...AllNode } } evidence { article { ...AllArticle } } } }
  }
  fragment AllClaim on Claim { id text quote kind modality verb saidOn { date } refersTo { date } createdAt }
  fragment AllArticle on Article { id title deck subtitle url publishedAt publishedAtText caption captionCredit contentHash }
  fragment AllNode on Node {
    id
    ... on Entity { name aliases description }
    ... on Organization { organizationKind: kind }
    ... on Channel { name medium }
    ... on Article { ...AllArticle }
    ... on Claim { ...AllClaim }
  }`;

const NARROW_QUERIES: Record<string, string> = {
  'claims with provenance': `query Narrow { claims(first: 30) { totalCount nodes { id text saidOn { date }
    provenance { role node { __typename id ... on Entity { name } ... on Channel { name } ... on Article { title } } } } } }`,
  'claims with claimants, kinds and evidence': `query Narrow { claims(first: 30, orderBy: { field: SAID_ON, direction: DESC }) { nodes { id kind verb evidence { start end text } claimants { name ... on Organization { kind } } } } }`,
  'an entity page': `query Narrow { entity(name: "Golub") { id name description claims(first: 10) { totalCount nodes { id quote createdAt } } relations { type direction other { name aliases } } } }`,
  search: `query Narrow { search(query: "Russian soldiers mothers", first: 20) { score node { id ... on Claim { text modality } ... on Article { title publishedAt } ... on Entity { name } } } }`,
  contradictions: `query Narrow { contradictions(first: 10) { type reason a { id text refersTo { date } claimants { id } } b { id quote saidOn { date text } } } }`,
  'a path': `query Narrow($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { __typename id ... on Claim { verb } ... on Entity { name } } steps { relationship } } }`,
  'no property at all': `query Narrow { claims(first: 5) { nodes { id provenance { role node { id } } } } }`,
};

describe('selection-aware projections', () => {
  it('counts a field for the type it is selected on, and for every implementation of an interface', () => {
    const byType = fieldsByType(schema, parse(NARROW_QUERIES['claims with provenance']));
    // `__typename` on Node counts for every node type, Claim included.
    expect([...byType.get('Claim')!].sort()).toEqual(['__typename', 'id', 'provenance', 'saidOn', 'text']);
    for (const type of ['Person', 'Organization', 'Place', 'Group'])
      expect([...byType.get(type)!].sort()).toEqual(['__typename', 'id', 'name']);
    expect([...byType.get('Article')!].sort()).toEqual(['__typename', 'id', 'title']);
    expect([...byType.get('Channel')!].sort()).toEqual(['__typename', 'id', 'name']);
  });

  it('narrows the Cypher of a claims page to the selected properties', () => {
    const projection = projectionFor(schema, parse(NARROW_QUERIES['claims with provenance']));
    const narrow = buildClaimQuery({}, { field: 'CREATED', direction: 'ASC' }, { provenance: true }, projection).page;
    const full = buildClaimQuery({}, { field: 'CREATED', direction: 'ASC' }, { provenance: true }).page;
    for (const property of ['.text', 'saidOn: toString(c.saidOn)', '.title', '.name']) expect(narrow).toContain(property);
    for (const property of ['.evidenceText', '.quote', 'createdAt: toString(c.createdAt)', '.caption', '.aliases', '.medium']) {
      expect(narrow).not.toContain(property);
      expect(full).toContain(property);
    }
  });

  it('caches the projection with the parsed document', () => {
    const document = parse(NARROW_QUERIES.search);
    expect(projectionFor(schema, document)).toBe(projectionFor(schema, document));
  });

  describe('over HTTP: a narrow projection gives the same answers as a full one', () => {
    const { server } = seededServer();
    let pathVariables: Record<string, string>;

    beforeAll(async () => {
      const ids = expectData(await server.graphql(`{ a: entity(name: "Golub") { id } b: entity(name: "Reuters") { id } }`));
      pathVariables = { from: ids.a.id, to: ids.b.id };
    });

    const ask = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables, operationName: 'Narrow' }),
      });
      expect(response.status, await response.clone().text()).toBe(200);
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    };

    it.each(Object.keys(NARROW_QUERIES))('%s', async (name) => {
      const query = NARROW_QUERIES[name];
      const variables = name === 'a path' ? pathVariables : {};
      const narrow = await ask(query, variables);
      const full = await ask(`${query}\n${EVERYTHING}`, variables);
      expect(narrow).toEqual(full);
      // Not vacuous: the answer holds nodes with values.
      expect(JSON.stringify(narrow)).toMatch(/"id":"[^"]+"/);
    });
  });
});

// The saved operations in operations/ run under narrow projections too, in
// tests/operations/saved-operations.test.ts, against checks written from the seed annotation.
