/**
 * The six benchmark operations, each written three ways that return the same information:
 *
 * - `ours`: a GraphQL request to the project's API;
 * - `raw`: a request to the raw-driver server (bench/servers/raw.ts), which runs one hand-written
 *   Cypher statement for it (the floor: what any API over this graph must at least spend);
 * - `peer`: a GraphQL request to @neo4j/graphql over an equivalent schema (bench/servers/peer.ts),
 *   written the way that library is used at its best (anchored on the entity, connection fields
 *   sorted by the same keys, @cypher for what it cannot express).
 *
 * Parameters are drawn from the loaded graph, weighted by popularity (the claimant of a claim
 * picked evenly across the corpus is far more often a hub than a random entity is), and the same
 * list is sent to all three systems. `digest` reduces each system's answer to the same canonical
 * form, so a run can check that the three agree before it measures them.
 */
import type { GraphDatabase } from '../src/graph/database.ts';
import { toGlobalId } from '../src/graph/ids.ts';
import { toLuceneTerms } from '../src/graph/lucene.ts';

/**
 * `jit`: ours with GRAPHQL_EXECUTOR=jit (graphql-jit); `base`: ours built from another checkout
 * (`BENCH_BASE_DIR`, e.g. a git worktree of the commit before a change), to measure a change side
 * by side in one run. Both are asked ours' requests; neither is in the default list.
 */
export type SystemName = 'ours' | 'raw' | 'peer' | 'jit' | 'base';
export const SYSTEMS: SystemName[] = ['ours', 'raw', 'peer'];
type WireSystem = Exclude<SystemName, 'jit' | 'base'>;

export interface Request {
  path: string;
  body: string;
}

export interface Workload<S extends string = SystemName> {
  name: string;
  description: string;
  /** One request per parameter set, per system. */
  requests: Record<S, Request[]>;
  /** Canonical form of a response (parsed JSON), for the agreement check. */
  digest: Record<S, (response: any) => unknown>;
}

const PAGE = 20;
const CLAIMS_SHOWN = 10;
const PATH_HOPS = 4;
const fromGlobal = (id: string) => Buffer.from(id, 'base64url').toString('utf8');
const gql = (query: string, variables: Record<string, unknown>): Request => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const raw = (op: string, variables: Record<string, unknown>): Request => ({ path: `/raw/${op}`, body: JSON.stringify(variables) });
/** @neo4j/graphql's cursors are `arrayconnection:<offset>`, base64. */
const peerCursor = (offset: number) => Buffer.from(`arrayconnection:${offset}`).toString('base64');
const ourCursor = (offset: number) => Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
const claimOrder = '[{ node: { createdAt: ASC } }, { node: { seq: ASC } }, { node: { id: ASC } }]';

// --- parameters from the graph -------------------------------------------------------------

export interface Parameters {
  claimants: string[];
  entities: string[];
  searches: string[];
  pairs: [string, string][];
  outletPages: [string, number][];
}

/** Deterministic samples: claims at evenly spaced positions of the corpus, by article id and seq. */
export async function sampleParameters(db: GraphDatabase, count = 32): Promise<Parameters> {
  const rows = await db.read(async (tx) => {
    const articles = (await tx.run('MATCH (a:Article) RETURN a.id AS id ORDER BY id')).records.map((r) => r.get('id') as string);
    const picked = Array.from({ length: count }, (_, k) => articles[Math.floor((k * articles.length) / count)]);
    const result = await tx.run(
      `UNWIND range(0, size($picked) - 1) AS k
       MATCH (c:Claim)-[:APPEARS_IN]->(:Article {id: $picked[k]})
       WITH k, c ORDER BY c.seq
       WITH k, collect(c) AS claims
       WITH k, claims[k % size(claims)] AS c, claims[(k + 3) % size(claims)] AS d
       RETURN k,
         COLLECT { MATCH (c)-[r:CLAIMED_BY]->(e) RETURN e.id ORDER BY r.order LIMIT 1 }[0] AS claimant,
         COLLECT { MATCH (d)-[r:CLAIMED_BY]->(e) RETURN e.id ORDER BY r.order LIMIT 1 }[0] AS other,
         COLLECT { MATCH (d)-[:MENTIONS]->(e) RETURN e.id ORDER BY e.id }[0] AS mentioned,
         COLLECT { MATCH (x:Claim)-[:APPEARS_IN]->(:Article {id: $picked[k]}) MATCH (x)-[:REPORTED_VIA]->(o) RETURN o.id ORDER BY x.seq LIMIT 1 }[0] AS outlet
       ORDER BY k`,
      { picked },
    );
    const names = await tx.run(`MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.name AS name`, {
      ids: result.records.map((r) => r.get('claimant')),
    });
    return { records: result.records.map((r) => r.toObject()), names: new Map(names.records.map((r) => [r.get('id'), r.get('name')])) };
  });
  const claimants = rows.records.map((r) => r.claimant as string);
  const entities = rows.records.map((r) => r.other as string);
  const pairs = rows.records
    .map((r, k) => [r.claimant as string, rows.records[(k + 7) % rows.records.length].mentioned as string] as [string, string])
    .filter(([a, b]) => a && b && a !== b);
  const outlets = rows.records.map((r) => r.outlet as string | null).filter((o): o is string => !!o);
  // A walk: the pages of an outlet's claims one after another, ten pages deep.
  const outletPages = Array.from({ length: 40 }, (_, k) => [outlets[Math.floor(k / 10) % outlets.length], k % 10] as [string, number]);
  const topics = [
    'grain exports ports',
    'prisoner exchange',
    'nuclear power plant safety',
    'drone attacks supply depots',
    'ceasefire talks',
    'sanctions energy exports',
    'evacuation civilians',
    'cyberattack government websites',
  ];
  const searches = [...topics, ...claimants.slice(0, 8).map((id) => String(rows.names.get(id) ?? id))];
  return { claimants, entities, searches, pairs, outletPages };
}

/** The operations whose pages start from an anchor (a claimant, an entity, an outlet). */
export const ANCHORED_OPS = ['claimsByClaimant', 'entityPage', 'outletWalk'];

/**
 * Both ends of the popularity distribution, for the anchored pages: `hub`, the 8 busiest
 * claimants and the 4 outlets carrying the most claims; `rare`, 32 claimants with 1-5 claims
 * (evenly spaced by id) and the 4 outlets carrying the fewest. The 100k corpus has fewer than 32
 * claimants with 1-5 claims (none: its cast's rarest claimant makes more), so there `rare` falls
 * back to the 32 claimants with the fewest claims.
 * Only the fields of the anchored operations are filled.
 */
export async function sampleAnchorParameters(db: GraphDatabase, end: 'hub' | 'rare'): Promise<Parameters> {
  const order = end === 'hub' ? 'DESC' : 'ASC';
  const { claimants, outlets } = await db.read(async (tx) => {
    const claimants = await tx.run(
      `MATCH (e:Entity) WITH e, COUNT { (e)<-[:CLAIMED_BY]-() } AS n
       WHERE ${end === 'hub' ? 'n > 0' : 'n >= 1 AND n <= 5'}
       RETURN e.id AS id ORDER BY ${end === 'hub' ? 'n DESC, ' : ''}id ${end === 'hub' ? 'LIMIT 8' : ''}`,
    );
    const fewest =
      end === 'rare' && claimants.records.length < 32
        ? await tx.run(
            `MATCH (e:Entity) WITH e, COUNT { (e)<-[:CLAIMED_BY]-() } AS n WHERE n > 0
             RETURN e.id AS id ORDER BY n, id LIMIT 32`,
          )
        : undefined;
    const outlets = await tx.run(
      `MATCH (o:Organization {kind: 'MEDIA'}) WITH o, COUNT { (o)<-[:REPORTED_VIA]-() } AS n WHERE n > 0
       RETURN o.id AS id ORDER BY n ${order}, id LIMIT 4`,
    );
    return {
      claimants: (fewest ?? claimants).records.map((r) => r.get('id') as string),
      outlets: outlets.records.map((r) => r.get('id') as string),
    };
  });
  const picked =
    end === 'hub'
      ? claimants
      : Array.from(
          { length: Math.min(32, claimants.length) },
          (_, k) => claimants[Math.floor((k * claimants.length) / Math.min(32, claimants.length))],
        );
  return {
    claimants: picked,
    entities: picked,
    searches: [],
    pairs: [],
    outletPages: outlets.length
      ? Array.from({ length: 40 }, (_, k) => [outlets[Math.floor(k / 10) % outlets.length], k % 10] as [string, number])
      : [],
  };
}

/** The six operations (popularity-weighted parameters), then the anchored ones on hubs (`…Hub`) and rare anchors (`…Rare`). */
export function buildAllWorkloads(p: Parameters, hub: Parameters, rare: Parameters): Workload[] {
  const anchored = (q: Parameters, suffix: string) =>
    buildWorkloads(q)
      .filter((w) => ANCHORED_OPS.includes(w.name))
      .map((w) => ({
        ...w,
        name: `${w.name}${suffix}`,
        description: `${w.description} (${suffix === 'Hub' ? 'the busiest anchors' : 'rare anchors'})`,
      }));
  // A corpus without such anchors (the seed has no rare outlet) leaves the operation out.
  return [...buildWorkloads(p), ...anchored(hub, 'Hub'), ...anchored(rare, 'Rare')].filter((w) => w.requests.ours.length > 0);
}

// --- the operations ------------------------------------------------------------------------

const ENTITY_RELATION_FIELDS = [
  ['HEAD_OF', 'headOf', 'headedBy'],
  ['PART_OF', 'partOf', 'hasPart'],
  ['MEMBER_OF', 'memberOf', 'hasMember'],
  ['CAPITAL_OF', 'capitalOf', 'hasCapital'],
  ['LOCATED_IN', 'locatedIn', 'locationOf'],
  ['AFFILIATED_WITH', 'affiliatedWith', 'hasAffiliate'],
] as const;
export { ENTITY_RELATION_FIELDS };

/** Ours and peer return dates as strings already; raw returns them as the driver prints them. */
const text = (v: unknown) => (v == null ? null : String(v));

export function buildWorkloads(p: Parameters): Workload[] {
  return withJit([
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
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
    },
    {
      name: 'outletWalk',
      description: `a walk through the claims that came via one outlet, ${PAGE} a page, pages 1-10 (cursor pagination)`,
      requests: {
        ours: p.outletPages.map(([outlet, page]) =>
          gql(
            `query OutletWalk($outlet: ID!, $after: String) {
              claims(filter: { reportedVia: $outlet }, first: ${PAGE}, after: $after) {
                totalCount
                pageInfo { endCursor hasNextPage }
                edges { cursor node { id text saidOn { date } claimants { id name } } }
              }
            }`,
            { outlet: toGlobalId(outlet), after: page ? ourCursor(page * PAGE - 1) : null },
          ),
        ),
        raw: p.outletPages.map(([outlet, page]) => raw('outletWalk', { outlet, offset: page * PAGE, first: PAGE })),
        peer: p.outletPages.map(([outlet, page]) =>
          gql(
            `query OutletWalk($outlet: ID!, $after: String) {
              entities(where: { id: { eq: $outlet } }) {
                reportedClaimsConnection(first: ${PAGE}, after: $after, sort: ${claimOrder}) {
                  totalCount
                  pageInfo { endCursor hasNextPage }
                  edges { cursor node { id text saidOn claimantsConnection(sort: [{ edge: { order: ASC } }]) { edges { node { id name } } } } }
                }
              }
            }`,
            { outlet, after: page ? peerCursor(page * PAGE - 1) : null },
          ),
        ),
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
    },
  ]);
}

/** The jit system is ours with another executor: the same requests, the same digest. */
function withJit(workloads: (Omit<Workload, 'requests' | 'digest'> & Pick<Workload<WireSystem>, 'requests' | 'digest'>)[]): Workload[] {
  return workloads.map((w) => ({
    ...w,
    requests: { ...w.requests, jit: w.requests.ours, base: w.requests.ours },
    digest: { ...w.digest, jit: w.digest.ours, base: w.digest.ours },
  }));
}
