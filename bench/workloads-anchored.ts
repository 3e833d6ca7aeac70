/** The anchored operations: a claimant's claims, an entity's page, a walk through an outlet's claims. */
import { toGlobalId } from '../src/graph/ids.ts';
import type { Parameters } from './workload-parameters.ts';
import {
  CLAIMS_SHOWN,
  claimOrder,
  ENTITY_RELATION_FIELDS,
  fromGlobal,
  gql,
  PAGE,
  raw,
  text,
  walkPage,
  type WireWorkload,
} from './workload-requests.ts';

export const claimsByClaimant = (p: Parameters): WireWorkload => ({
  name: 'claimsByClaimant',
  description: `a claimant's first ${CLAIMS_SHOWN} claims (creation order) with total and each claim's provenance chain`,
  requests: {
    ours: p.claimants.map((id) =>
      gql(
        `query ClaimsByClaimant($claimant: ID!) {
              claims(filter: { claimant: $claimant }, first: ${CLAIMS_SHOWN}) {
                totalCount
                nodes {
                  id text saidOn { date }
                  provenance { role node { __typename id ... on Entity { name } ... on Channel { name } ... on Article { title } } }
                }
              }
            }`,
        { claimant: toGlobalId(id) },
      ),
    ),
    raw: p.claimants.map((id) => raw('claimsByClaimant', { claimant: id, first: CLAIMS_SHOWN })),
    peer: p.claimants.map((id) =>
      gql(
        `query ClaimsByClaimant($claimant: ID!) {
              entities(where: { id: { eq: $claimant } }) {
                claimsConnection(first: ${CLAIMS_SHOWN}, sort: ${claimOrder}) {
                  totalCount
                  edges { node {
                    id text saidOn
                    claimantsConnection(sort: [{ edge: { order: ASC } }]) { edges { node { id name } } }
                    channel { id name }
                    reportedViaConnection(sort: [{ edge: { order: ASC } }]) { edges { node { id name } } }
                    article { id title author { id name } publisher { id name } }
                  } }
                }
              }
            }`,
        { claimant: id },
      ),
    ),
  },
  digest: {
    ours: (r) => ({
      total: r.data.claims.totalCount,
      claims: r.data.claims.nodes.map((c: any) => ({
        id: fromGlobal(c.id),
        saidOn: c.saidOn?.date ?? null,
        chain: c.provenance.map((s: any) => `${s.role}:${fromGlobal(s.node.id)}`),
      })),
    }),
    raw: (r) => ({
      total: r.data.total,
      claims: r.data.claims.map((c: any) => ({
        id: c.id,
        saidOn: text(c.saidOn),
        chain: c.provenance.map((s: any) => `${s.role}:${s.node.id}`),
      })),
    }),
    peer: (r) => {
      const conn = r.data.entities[0].claimsConnection;
      return {
        total: conn.totalCount,
        claims: conn.edges.map(({ node: c }: any) => ({
          id: c.id,
          saidOn: c.saidOn ?? null,
          chain: [
            ...c.claimantsConnection.edges.map((e: any) => `CLAIMANT:${e.node.id}`),
            ...c.channel.map((x: any) => `CHANNEL:${x.id}`),
            ...c.reportedViaConnection.edges.map((e: any) => `INTERMEDIARY:${e.node.id}`),
            ...c.article.flatMap((a: any) => a.author.map((x: any) => `AUTHOR:${x.id}`)),
            ...c.article.map((a: any) => `ARTICLE:${a.id}`),
            ...c.article.flatMap((a: any) => a.publisher.map((x: any) => `PUBLISHER:${x.id}`)),
          ],
        })),
      };
    },
  },
});

export const entityPage = (p: Parameters): WireWorkload => ({
  name: 'entityPage',
  description: `an entity with its first ${CLAIMS_SHOWN} claims (and their total) and its typed relations in both directions`,
  requests: {
    ours: p.entities.map((id) =>
      gql(
        `query EntityPage($id: ID!) {
              entity(id: $id) {
                id name aliases description
                claims(first: ${CLAIMS_SHOWN}) { totalCount nodes { id text saidOn { date } } }
                relations { type direction evidence other { id name } }
              }
            }`,
        { id: toGlobalId(id) },
      ),
    ),
    raw: p.entities.map((id) => raw('entityPage', { id, first: CLAIMS_SHOWN })),
    peer: p.entities.map((id) =>
      gql(
        `query EntityPage($id: ID!) {
              entities(where: { id: { eq: $id } }) {
                id name aliases description
                claimsConnection(first: ${CLAIMS_SHOWN}, sort: ${claimOrder}) { totalCount edges { node { id text saidOn } } }
                ${ENTITY_RELATION_FIELDS.flatMap(([, out, inc]) => [out, inc])
                  .map((f) => `${f}Connection { edges { properties { evidence } node { id name } } }`)
                  .join('\n                ')}
              }
            }`,
        { id },
      ),
    ),
  },
  digest: {
    ours: (r) => ({
      id: fromGlobal(r.data.entity.id),
      total: r.data.entity.claims.totalCount,
      claims: r.data.entity.claims.nodes.map((c: any) => fromGlobal(c.id)),
      relations: r.data.entity.relations.map((x: any) => `${x.type}:${x.direction}:${fromGlobal(x.other.id)}`).sort(),
    }),
    raw: (r) => ({
      id: r.data.entity.id,
      total: r.data.entity.total,
      claims: r.data.entity.claims.map((c: any) => c.id),
      relations: r.data.entity.relations.map((x: any) => `${x.type}:${x.direction}:${x.other.id}`).sort(),
    }),
    peer: (r) => {
      const e = r.data.entities[0];
      return {
        id: e.id,
        total: e.claimsConnection.totalCount,
        claims: e.claimsConnection.edges.map((x: any) => x.node.id),
        relations: ENTITY_RELATION_FIELDS.flatMap(([type, out, inc]) => [
          ...e[`${out}Connection`].edges.map((x: any) => `${type}:OUTGOING:${x.node.id}`),
          ...e[`${inc}Connection`].edges.map((x: any) => `${type}:INCOMING:${x.node.id}`),
        ]).sort(),
      };
    },
  },
});

const OUTLET_WALK_OURS = `query OutletWalk($outlet: ID!, $after: String) {
              claims(filter: { reportedVia: $outlet }, first: ${PAGE}, after: $after) {
                totalCount
                pageInfo { endCursor hasNextPage }
                edges { cursor node { id text saidOn { date } claimants { id name } } }
              }
            }`;
const OUTLET_WALK_PEER = `query OutletWalk($outlet: ID!, $after: String) {
              entities(where: { id: { eq: $outlet } }) {
                reportedClaimsConnection(first: ${PAGE}, after: $after, sort: ${claimOrder}) {
                  totalCount
                  pageInfo { endCursor hasNextPage }
                  edges { cursor node { id text saidOn claimantsConnection(sort: [{ edge: { order: ASC } }]) { edges { node { id name } } } } }
                }
              }
            }`;

/** The cursor to continue after a page with: its end cursor while it has a next page. */
const continueAfter = (pageInfo: { endCursor: string | null; hasNextPage: boolean }) => (pageInfo.hasNextPage ? pageInfo.endCursor : null);

/**
 * A client walking an outlet's claims: page 1, then each next page after the cursor the page
 * before handed out (ours: keyed, the index is sought right after that claim; raw: the same seek,
 * given the last claim's key; peer: its offset cursor), until there is no next page.
 */
export const outletWalk = (p: Parameters): WireWorkload => ({
  name: 'outletWalk',
  description: `a walk through the claims that came via one outlet, ${PAGE} a page, pages 1-10, each after the end cursor of the page before`,
  requests: {
    ours: p.outletPages.map(([outlet, page]) => {
      const ask = (after: string | null) => gql(OUTLET_WALK_OURS, { outlet: toGlobalId(outlet), after });
      return walkPage(ask(null), page, (previous) => {
        const after = continueAfter(previous.data.claims.pageInfo);
        return after ? ask(after) : undefined;
      });
    }),
    raw: p.outletPages.map(([outlet, page]) => {
      const ask = (after?: unknown) => raw('outletWalk', { outlet, first: PAGE, ...(after ? { after } : {}) });
      return walkPage(ask(), page, (previous) => (previous.data.endCursor ? ask(previous.data.endCursor) : undefined));
    }),
    peer: p.outletPages.map(([outlet, page]) => {
      const ask = (after: string | null) => gql(OUTLET_WALK_PEER, { outlet, after });
      return walkPage(ask(null), page, (previous) => {
        const after = continueAfter(previous.data.entities[0].reportedClaimsConnection.pageInfo);
        return after ? ask(after) : undefined;
      });
    }),
  },
  digest: {
    ours: (r) => ({
      total: r.data.claims.totalCount,
      ids: r.data.claims.edges.map((e: any) => fromGlobal(e.node.id)),
      claimants: r.data.claims.edges.map((e: any) => e.node.claimants.map((c: any) => fromGlobal(c.id))),
    }),
    raw: (r) => ({
      total: r.data.total,
      ids: r.data.claims.map((c: any) => c.id),
      claimants: r.data.claims.map((c: any) => c.claimants.map((x: any) => x.id)),
    }),
    peer: (r) => {
      const conn = r.data.entities[0].reportedClaimsConnection;
      return {
        total: conn.totalCount,
        ids: conn.edges.map((e: any) => e.node.id),
        claimants: conn.edges.map((e: any) => e.node.claimantsConnection.edges.map((x: any) => x.node.id)),
      };
    },
  },
});
