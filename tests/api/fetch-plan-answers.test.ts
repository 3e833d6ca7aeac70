/**
 * The fetch plan (src/api/fetch-plan.ts) never changes an answer, over HTTP against the seed
 * graph. Each operation below uses what the plan follows (fragments, type conditions on the
 * entity types, @skip/@include with variables, aliases of one field with different arguments) and
 * is asked twice: as written (narrow projection, pages and chains folded into the root
 * statement), and with one more root field that selects every property of every node type, which
 * widens the operation's projection to everything. Apart from that field, the answers match.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectData, seededServer } from '../support/harness.ts';

/** A root field selecting every field that reads a node property, on every node type. */
const EVERYTHING_FIELD = `everything: claims(first: 1) {
  nodes { ...AllClaim claimants { ...AllNode } provenance { node { ...AllNode } } evidence { article { ...AllArticle } } }
}`;
const EVERYTHING_FRAGMENTS = `
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

interface Case {
  variables: string;
  body: string;
  fragments?: string;
  values: (ids: Ids) => Record<string, unknown>;
}
type Ids = { person: string; outlet: string };

const CASES: Record<string, Case> = {
  'an entity page through fragments, type conditions and aliased pages': {
    variables: '$id: ID!',
    body: 'entity(id: $id) { ...Page }',
    fragments: `
      fragment Page on Entity {
        name
        ... on Person { first: claims(first: 2) { totalCount nodes { id text } } next: claims(first: 3, after: "b2Zmc2V0OjE") { nodes { id quote } } }
        ... on Organization { kind }
        ...Deeper
      }
      fragment Deeper on Entity { ... on Entity { ... { relations { type direction other { name } } mentionedIn(first: 2) { totalCount nodes { id saidOn { date } } } articles { title } } } }`,
    values: (ids) => ({ id: ids.person }),
  },
  'node(id:) of an organization with its claims and claimants': {
    variables: '$id: ID!',
    body: 'node(id: $id) { id ... on Organization { kind claims(first: 3) { nodes { text claimants { name ... on Organization { kind } } } } } ... on Person { description } }',
    values: (ids) => ({ id: ids.outlet }),
  },
  'claims with the chain included': {
    variables: '$id: ID!, $chain: Boolean!',
    body: 'claims(filter: { claimant: $id }, first: 5) { edges { node { id verb provenance @include(if: $chain) { role node { id ... on Article { caption } ... on Channel { medium } } } } } }',
    values: (ids) => ({ id: ids.person, chain: true }),
  },
  'claims with the chain skipped': {
    variables: '$id: ID!, $chain: Boolean!',
    body: 'claims(filter: { claimant: $id }, first: 5) { edges { node { id verb provenance @include(if: $chain) { role } claimants @skip(if: $chain) { aliases } } } }',
    values: (ids) => ({ id: ids.person, chain: false }),
  },
  'two aliases of claims with different selections': {
    variables: '$id: ID!',
    body: `a: claims(filter: { reportedVia: $id }, first: 4) { nodes { id claimants { name } } }
      b: claims(filter: { reportedVia: $id }, first: 2) { nodes { id provenance { node { ... on Entity { description } } } } }`,
    values: (ids) => ({ id: ids.outlet }),
  },
};

describe('the fetch plan never changes an answer', () => {
  const { server } = seededServer();
  let ids: Ids;

  beforeAll(async () => {
    const found = expectData(await server.graphql(`{ a: entity(name: "Golub") { id } b: entity(name: "Reuters") { id } }`));
    ids = { person: found.a.id, outlet: found.b.id };
  });

  it.each(Object.keys(CASES))('%s', async (name) => {
    const { variables, body, fragments = '', values } = CASES[name];
    const narrow = expectData(await server.graphql(`query Planned(${variables}) { ${body} }\n${fragments}`, values(ids)));
    const wide = expectData(
      await server.graphql(
        `query Planned(${variables}) { ${body}\n${EVERYTHING_FIELD} }\n${fragments}\n${EVERYTHING_FRAGMENTS}`,
        values(ids),
      ),
    );
    expect(wide.everything.nodes[0].text).toEqual(expect.any(String));
    delete wide.everything;
    expect(narrow).toEqual(wide);
    // Not vacuous: the answer holds nodes with values.
    expect(JSON.stringify(narrow)).toMatch(/"id":"[^"]+"/);
  });
});
