/** The operations not anchored on one entity: full-text search, shortest paths, the newest conflicts. */
import { toGlobalId } from '../src/graph/ids.ts';
import { toLuceneTerms } from '../src/graph/lucene.ts';
import type { Parameters } from './workload-parameters.ts';
import { fromGlobal, gql, PATH_HOPS, raw, type WireWorkload } from './workload-requests.ts';

export const search = (p: Parameters): WireWorkload => ({
  name: 'search',
  description: 'full-text search over names, claim text and titles: the 10 best hits',
  requests: {
    ours: p.searches.map((q) =>
      gql(
        `query Search($q: String!) {
              search(query: $q, first: 10) { score node { __typename id ... on Entity { name } ... on Claim { text } ... on Article { title } } }
            }`,
        { q },
      ),
    ),
    raw: p.searches.map((q) => raw('search', { query: q, first: 10 })),
    peer: p.searches.map((q) =>
      gql(
        `query Search($q: String!) {
              search(query: $q, first: 10) { __typename ... on Entity { id name } ... on Claim { id text } ... on Article { id title } }
            }`,
        // The peer's @cypher statement takes the Lucene query as given; ours and raw escape it.
        { q: toLuceneTerms(q) },
      ),
    ),
  },
  digest: {
    ours: (r) => r.data.search.map((h: any) => fromGlobal(h.node.id)).sort(),
    raw: (r) => r.data.search.map((h: any) => h.node.id).sort(),
    peer: (r) => r.data.search.map((h: any) => h.id).sort(),
  },
});

export const path = (p: Parameters): WireWorkload => ({
  name: 'path',
  description: `shortest connection (at most ${PATH_HOPS} hops) between two entities`,
  requests: {
    ours: p.pairs.map(([from, to]) =>
      gql(
        `query Path($from: ID!, $to: ID!) {
              path(from: $from, to: $to, maxHops: ${PATH_HOPS}) {
                length
                nodes { __typename id ... on Entity { name } ... on Claim { text } ... on Article { title } ... on Channel { name } }
                steps { relationship }
              }
            }`,
        { from: toGlobalId(from), to: toGlobalId(to) },
      ),
    ),
    raw: p.pairs.map(([from, to]) => raw('path', { from, to })),
    peer: p.pairs.map(([from, to]) =>
      gql(
        `query Path($from: ID!, $to: ID!) {
              path(from: $from, to: $to) { __typename ... on Entity { id name } ... on Claim { id text } ... on Article { id title } ... on Channel { id name } }
            }`,
        { from, to },
      ),
    ),
  },
  // Several shortest paths may exist; systems agree on the length.
  digest: {
    ours: (r) => r.data.path?.nodes.length ?? 0,
    raw: (r) => r.data.path?.nodes.length ?? 0,
    peer: (r) => r.data.path.length,
  },
});

export const contradictions = (): WireWorkload => ({
  name: 'contradictions',
  description: 'the 10 newest conflicting claim pairs, both sides with their claimants',
  requests: {
    ours: [
      gql(
        `query Contradictions {
              contradictions(first: 10) { type reason a { id text claimants { id name } } b { id text claimants { id name } } }
            }`,
        {},
      ),
    ],
    raw: [raw('contradictions', { first: 10 })],
    peer: [
      gql(
        `query Contradictions {
              contradictions(first: 10) {
                id text claimants { id name }
                contradictsConnection { edges { properties { reason } node { id text claimants { id name } } } }
                disputesConnection { edges { properties { reason } node { id text claimants { id name } } } }
              }
            }`,
        {},
      ),
    ],
  },
  digest: {
    ours: (r) => r.data.contradictions.map((c: any) => `${c.type}:${fromGlobal(c.a.id)}>${fromGlobal(c.b.id)}`).sort(),
    raw: (r) => r.data.contradictions.map((c: any) => `${c.type}:${c.a.id}>${c.b.id}`).sort(),
    peer: (r) =>
      r.data.contradictions
        .flatMap((a: any) => [
          ...a.contradictsConnection.edges.map((e: any) => `CONTRADICTS:${a.id}>${e.node.id}`),
          ...a.disputesConnection.edges.map((e: any) => `DISPUTES:${a.id}>${e.node.id}`),
        ])
        .sort(),
  },
});
