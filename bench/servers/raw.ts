/**
 * The floor: the six benchmark operations as hand-written Cypher behind a bare node:http server.
 * One statement per request, in one read transaction, returning exactly what the response needs
 * (map projections, COLLECT subqueries); no GraphQL parsing, validation or resolvers. Any API
 * over this graph pays at least this much, so ours/raw is the cost of the GraphQL layer.
 *
 * POST /raw/<operation> with the variables as JSON; the answer is `{ data }` in the same shape
 * as the GraphQL answer's information (bench/workloads.ts checks that the three agree).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { ENTITY_RELATION_TYPES } from '../../src/graph/annotation.ts';
import { toLuceneTerms } from '../../src/graph/lucene.ts';
import { seekLinkIndex } from '../../src/graph/read/cypher/claims.ts';

const RELATION_TYPES = ENTITY_RELATION_TYPES.join('|');

/**
 * The head of the three anchored operations: the entity `e` (by `$<param>`), its claim total over
 * `rel` (the relationship's degree), and inside a `CALL (e, total) {` left open for the caller's
 * projection, rows `c`: one page of those claims in creation order, read like the API reads it:
 * a seek (seekLinkIndex) of the link index `(anchor, createdAt, seq, claim)`, ordered on all four properties so the
 * index provides the order; see anchoredClaimPage in src/graph/read/cypher/claims.ts. With
 * `after`, the page starts right after the claim of `$afterCreatedAt, $afterSeq, $afterClaim`
 * (a keyset page): three seeks (a later id at the same createdAt and seq, a later seq at the same
 * createdAt, a later createdAt), each of at most `$first` entries, merged.
 */
function entityClaimPage(param: string, rel: string, after = false): string {
  const seek = (keys: string) => `MATCH (c:Claim)-[r:${rel}]->()
        ${seekLinkIndex(rel)}
        WHERE r.anchor = e.id AND ${keys}
        WITH c, r ORDER BY r.anchor, r.createdAt, r.seq, r.claim LIMIT $first`;
  const page = after
    ? `CALL (e) {
          ${seek('r.createdAt = datetime($afterCreatedAt) AND r.seq = $afterSeq AND r.claim > $afterClaim')}
          RETURN c, r
          UNION ALL
          ${seek('r.createdAt = datetime($afterCreatedAt) AND r.seq > $afterSeq AND r.claim IS NOT NULL')}
          RETURN c, r
          UNION ALL
          ${seek('r.createdAt > datetime($afterCreatedAt) AND r.seq IS NOT NULL AND r.claim IS NOT NULL')}
          RETURN c, r
        }
        WITH c, r ORDER BY r.createdAt, r.seq, r.claim LIMIT $first`
    : seek('r.createdAt IS NOT NULL AND r.seq IS NOT NULL AND r.claim IS NOT NULL');
  return `MATCH (e:Entity {id: $${param}})
    WITH e, COUNT { (e)<-[:${rel}]-() } AS total
    CALL (e, total) {
      CALL (e) {
        ${page}
        RETURN c
      }`;
}

/**
 * One page of an outlet's claims in creation order (read as in claimsByClaimant), with the total
 * and the key of its last claim (what the next page seeks after).
 */
const outletWalkPage = (after: boolean) => `
    ${entityClaimPage('outlet', 'REPORTED_VIA', after)}
      WITH c ORDER BY c.createdAt, c.seq, c.id
      RETURN collect(c {.id, .text, .saidOn,
        claimants: COLLECT { MATCH (c)-[r:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name} ORDER BY r.order }
      }) AS claims, last(collect([toString(c.createdAt), c.seq, c.id])) AS endKey
    }
    RETURN total, claims, endKey`;

export const RAW_CYPHER = {
  /**
   * Claims by claimant, creation order, with the provenance chain's parts; the page is read as
   * the API reads it (entityClaimPage).
   */
  claimsByClaimant: `
    ${entityClaimPage('claimant', 'CLAIMED_BY')}
      MATCH (c)-[:APPEARS_IN]->(a:Article)
      WITH c, a ORDER BY c.createdAt, c.seq, c.id
      RETURN collect({
        id: c.id, text: c.text, saidOn: c.saidOn,
        claimants: COLLECT { MATCH (c)-[r:CLAIMED_BY]->(x:Entity) RETURN x {.id, .name} ORDER BY r.order },
        channel: COLLECT { MATCH (c)-[:VIA_CHANNEL]->(x:Channel) RETURN x {.id, .name} },
        via: COLLECT { MATCH (c)-[r:REPORTED_VIA]->(x:Organization) RETURN x {.id, .name} ORDER BY r.order },
        author: COLLECT { MATCH (a)-[:WRITTEN_BY]->(x:Person) RETURN x {.id, .name} },
        article: a {.id, .title},
        publisher: COLLECT { MATCH (a)-[:PUBLISHED_BY]->(x:Organization) RETURN x {.id, .name} }
      }) AS claims
    }
    RETURN total, claims`,

  /** An entity, its first claims (read as above) and their total, its relations both ways. */
  entityPage: `
    ${entityClaimPage('id', 'CLAIMED_BY')}
      WITH c ORDER BY c.createdAt, c.seq, c.id
      RETURN collect(c {.id, .text, .saidOn}) AS claims
    }
    RETURN e {.id, .name, .aliases, .description} AS entity,
      total,
      claims,
      COLLECT {
        MATCH (e)-[r:${RELATION_TYPES}]-(n:Entity)
        RETURN { type: type(r), outgoing: startNode(r) = e, evidence: r.evidence, other: n {.id, .name} } AS rel
        ORDER BY rel.type, n.name
      } AS relations`,

  search: `
    CALL db.index.fulltext.queryNodes('search', $query, {limit: $first}) YIELD node, score
    RETURN score, node {
      .id, .name, .title,
      text: CASE WHEN node:Claim THEN node.text END,
      type: CASE WHEN node:Claim THEN 'Claim' WHEN node:Article THEN 'Article' ELSE 'Entity' END
    } AS node
    ORDER BY score DESC, node.id
    LIMIT $first`,

  /** The same rules as the API's path: API-visible nodes, no article MENTIONS lists. */
  path: `
    MATCH (a:Entity {id: $from})
    MATCH (b:Entity {id: $to})
    MATCH p = shortestPath((a)-[*..4]-(b))
    WHERE all(n IN nodes(p) WHERE n:Entity OR n:Claim OR n:Article OR n:Channel)
      AND none(r IN relationships(p) WHERE type(r) = 'MENTIONS' AND startNode(r):Article)
    RETURN [n IN nodes(p) | n {.id, .name, .title, text: CASE WHEN n:Claim THEN n.text END}] AS nodes,
      [r IN relationships(p) | type(r)] AS steps`,

  /** Newest first along the claim_created index, as the API does. */
  contradictions: `
    MATCH (a:Claim) WHERE a.createdAt IS NOT NULL
    WITH a ORDER BY a.createdAt DESC
    MATCH (a)-[r:CONTRADICTS|DISPUTES]->(b)
    WITH a, b, r ORDER BY a.createdAt DESC, type(r), a.id, b.id LIMIT $first
    RETURN collect({
      type: type(r), reason: r.reason,
      a: a {.id, .text, claimants: COLLECT { MATCH (a)-[o:CLAIMED_BY]->(x) RETURN x {.id, .name} ORDER BY o.order }},
      b: b {.id, .text, claimants: COLLECT { MATCH (b)-[o:CLAIMED_BY]->(x) RETURN x {.id, .name} ORDER BY o.order }}
    }) AS contradictions`,

  /** An outlet's first page (outletWalkPage); the pages after it are OUTLET_WALK_AFTER. */
  outletWalk: outletWalkPage(false),
} as const;

/** A later page of an outlet's walk: right after the last claim of the page before (its `endCursor`). */
export const OUTLET_WALK_AFTER = outletWalkPage(true);

type Op = keyof typeof RAW_CYPHER;
type Vars = Record<string, unknown>;

const date = (v: { toString(): string } | null | undefined) => (v == null ? null : String(v));
const int = (v: unknown) => neo4j.int(Number(v));

/** Raw's cursor for an outlet's next page: the claims seen so far and the last one's key in the link index. */
interface RawCursor {
  seen: number;
  createdAt: string;
  seq: number;
  id: string;
}

/** Turns the statement's rows into the answer's data. */
const SHAPE: Record<
  Op,
  {
    /** The statement, when the variables choose it (a walk's first page or a later one). */
    statement?: (v: Vars) => string;
    params: (v: Vars) => Vars;
    data: (rows: Record<string, any>[], v: Vars) => unknown;
  }
> = {
  claimsByClaimant: {
    params: (v) => ({ claimant: v.claimant, first: int(v.first) }),
    data: (rows) => {
      const row = rows[0];
      return {
        total: row?.total ?? 0,
        claims: (row?.claims ?? []).map((c: any) => ({
          id: c.id,
          text: c.text,
          saidOn: date(c.saidOn),
          provenance: [
            ...c.claimants.map((node: any) => ({ role: 'CLAIMANT', node })),
            ...c.channel.map((node: any) => ({ role: 'CHANNEL', node })),
            ...c.via.map((node: any) => ({ role: 'INTERMEDIARY', node })),
            ...c.author.map((node: any) => ({ role: 'AUTHOR', node })),
            { role: 'ARTICLE', node: c.article },
            ...c.publisher.map((node: any) => ({ role: 'PUBLISHER', node })),
          ],
        })),
      };
    },
  },
  entityPage: {
    params: (v) => ({ id: v.id, first: int(v.first) }),
    data: (rows) => {
      const row = rows[0];
      if (!row) return { entity: null };
      return {
        entity: {
          ...row.entity,
          total: row.total,
          claims: row.claims.map((c: any) => ({ ...c, saidOn: date(c.saidOn) })),
          relations: row.relations.map((r: any) => ({
            type: r.type,
            direction: r.outgoing ? 'OUTGOING' : 'INCOMING',
            evidence: r.evidence,
            other: r.other,
          })),
        },
      };
    },
  },
  search: {
    params: (v) => ({ query: toLuceneTerms(String(v.query)), first: int(v.first) }),
    data: (rows) => ({ search: rows.map((r) => ({ score: r.score, node: r.node })) }),
  },
  path: {
    params: (v) => ({ from: v.from, to: v.to }),
    data: (rows) => ({
      path: rows[0]
        ? { length: rows[0].steps.length, nodes: rows[0].nodes, steps: rows[0].steps.map((relationship: string) => ({ relationship })) }
        : null,
    }),
  },
  contradictions: {
    params: (v) => ({ first: int(v.first) }),
    data: (rows) => ({ contradictions: rows[0]?.contradictions ?? [] }),
  },
  outletWalk: {
    statement: (v) => (v.after ? OUTLET_WALK_AFTER : RAW_CYPHER.outletWalk),
    params: (v) => {
      const after = v.after as RawCursor | undefined;
      const key = after ? { afterCreatedAt: after.createdAt, afterSeq: after.seq, afterClaim: after.id } : {};
      return { outlet: v.outlet, first: int(v.first), ...key };
    },
    data: (rows, v) => {
      const row = rows[0];
      const total = row?.total ?? 0;
      const claims = (row?.claims ?? []).map((c: any) => ({ ...c, saidOn: date(c.saidOn) }));
      const seen = ((v.after as RawCursor | undefined)?.seen ?? 0) + claims.length;
      const hasNextPage = seen < total;
      const [createdAt, seq, id] = row?.endKey ?? [];
      const endCursor: RawCursor | null = hasNextPage && claims.length ? { seen, createdAt, seq, id } : null;
      return { total, claims, hasNextPage, endCursor };
    },
  },
};

export function createRawServer(driver: Driver, database: string): Server {
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const op = (req.url ?? '').replace(/^\/raw\//, '') as Op;
    const send = (status: number, payload: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(payload));
    };
    if (req.method !== 'POST' || !(op in RAW_CYPHER)) return send(404, { error: 'POST /raw/<operation>' });
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const vars = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Vars;
      const shape = SHAPE[op];
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.executeRead((tx) => tx.run(shape.statement?.(vars) ?? RAW_CYPHER[op], shape.params(vars)));
        send(200, {
          data: shape.data(
            result.records.map((r) => r.toObject()),
            vars,
          ),
        });
      } finally {
        await session.close();
      }
    } catch (error) {
      send(500, { errors: [{ message: (error as Error).message }] });
    }
  };
  // answer reports its own errors: nothing is left for its promise to carry.
  return createServer((req, res) => void answer(req, res));
}
