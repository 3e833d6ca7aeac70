/**
 * The per-request data source (Apollo's context + data-source pattern): every read the API
 * makes goes through here. The per-field look-ups, batched and primed, are GraphLoaders'
 * (graph-loaders.ts); this adds the root queries.
 *
 * A root field's statement fetches what the request's fetch plan (src/api/fetch-plan.ts) says:
 * the node properties the operation reads (`RootFetch.projection`) and the related data its
 * selection asks for next (a page's claimants or provenance, an entity's claim pages and
 * relations), and primes the loaders those fields read.
 */
import neo4j, { type Record as Neo4jRecord, type RecordShape } from 'neo4j-driver';
import { GraphLoaders, toCursorKeys } from './graph-loaders.ts';
import { FULL_FETCH, pageSlot, type RootFetch } from './root-fetch.ts';
import { ARTICLES_COUNT, ARTICLES_PAGE } from './cypher/articles.ts';
import { afterKeyParams, claimQuery, pagesByKey, type ClaimQueryFilter, type ClaimQueryOrder } from './cypher/claims.ts';
import { statementFor } from './cypher/statement-texts.ts';
import { buildContradictionsQuery } from './cypher/contradictions.ts';
import { buildEntitiesQuery, ENTITY_BY_NAME, type ENTITY_TYPE_LABEL } from './cypher/entities.ts';
import { buildEntityPageQuery, type EntityPageInclude } from './cypher/entity-page.ts';
import { buildPathQuery, type PathLabel } from './cypher/path.ts';
import { forProjection, type Projection } from './cypher/projections.ts';
import { buildSearchQuery } from './cypher/search.ts';
import { toLuceneTerms } from '../lucene.ts';
import {
  toArticle,
  toClaim,
  toEntity,
  toNode,
  type ArticleModel,
  type ClaimModel,
  type ConnectionModel,
  type CursorKey,
  type ContradictionModel,
  type EntityModel,
  type NodeMap,
  type MaybePromise,
  type PathModel,
  type SearchHitModel,
} from '../model.ts';

/** The columns each root statement returns (the RETURN clauses of ./cypher/). */
type NodeRow<Column extends string> = Record<Column, NodeMap>;
interface CountRow {
  total: number;
}
interface EntityPageRow {
  n: NodeMap;
  pages: { total: number; page: NodeMap[]; keys: [string, number, string][] }[];
  relations: { type: string; outgoing: boolean; evidence: string | null; n: NodeMap }[];
}
interface ClaimPageRow {
  total: number;
  /** Each claim's map, with its claimants and provenance parts as extra keys. */
  page: NodeMap[];
  /** Each claim's createdAt, seq and id, on pages read from an anchor's link index. */
  keys?: [string, number, string][];
}
interface SearchRow {
  score: number;
  hit: NodeMap;
}
interface PathRow {
  nodes: NodeMap[];
  rels: { type: string; start: string }[];
}
interface ContradictionRow {
  a: NodeMap;
  b: NodeMap;
  type: string;
  reason: string | null;
}

export class GraphSource extends GraphLoaders {
  /**
   * An entity by key, with what the plan says its selection asks for next: its claim pages and
   * relations in the entity's own statement (entityPage), its articles in the same turn.
   */
  entityByKey(key: string, fetch: RootFetch): MaybePromise<EntityModel | null> {
    // The articles field reads this same loader and reports any error; this only starts the
    // statement now, so that it shares the entity's transaction.
    if (fetch.entityArticles) void Promise.resolve(this.neighbours('entityArticles', key)).catch(() => undefined);
    return fetch.entity ? this.entityPage(key, fetch.entity, fetch.projection) : this.entity(key);
  }

  /**
   * entity(id:) together with the claim pages and relations its selection asks for, in one
   * statement (buildEntityPageQuery); primes the loaders those fields read.
   */
  private async entityPage(key: string, include: EntityPageInclude, projection: Projection): Promise<EntityModel | null> {
    const params: Record<string, unknown> = { id: key };
    include.pages.forEach((p, i) => {
      params[`offset${i}`] = neo4j.int(p.offset);
      params[`limit${i}`] = neo4j.int(p.limit);
      if (p.afterKey) Object.assign(params, afterKeyParams(p.afterKey, String(i)));
    });
    const shape = `entity:${include.pages.map((p) => `${p.field}${p.afterKey ? '>' : ''}`).join(',')}:${include.relations}`;
    const [row] = await this.run<EntityPageRow>(
      statementFor(projection, shape, () => buildEntityPageQuery(include, projection)),
      params,
    );
    if (!row) {
      this.prime('node:Entity', key, null);
      return null;
    }
    const entity = toEntity(row.get('n'));
    this.primeNode('Entity', entity);
    row.get('pages').forEach((result, i) => {
      const page = include.pages[i];
      const nodes = result.page.map(toClaim);
      this.prime(pageSlot(page), key, { totalCount: result.total, nodes, offset: page.offset, keys: toCursorKeys(result.keys) });
    });
    if (include.relations) {
      const relations = row.get('relations').map((r) => ({
        type: r.type,
        direction: r.outgoing ? ('OUTGOING' as const) : ('INCOMING' as const),
        evidence: r.evidence,
        other: toEntity(r.n),
      }));
      this.primeRelations(key, relations);
    }
    return entity;
  }

  // --- root queries -------------------------------------------------------------------------

  async entityByName(name: string): Promise<EntityModel | null> {
    const lower = name.trim().toLowerCase();
    const rows = await this.run<NodeRow<'n'>>(ENTITY_BY_NAME, { needle: `|${lower}|`, name: lower });
    return rows.length ? toEntity(rows[0].get('n')) : null;
  }

  async entities(
    filter: { type?: keyof typeof ENTITY_TYPE_LABEL; nameContains?: string },
    offset: number,
    limit: number,
  ): Promise<ConnectionModel<EntityModel>> {
    const q = buildEntitiesQuery(filter);
    return this.paged<NodeRow<'n'>, EntityModel>(q.count, q.page, q.params, offset, limit, (r) => toEntity(r.get('n')));
  }

  /**
   * A page of claims and the total, in one statement; with the plan's `claims` include, each
   * claim's claimants or provenance come in the same statement and prime the loaders its fields
   * will ask. With `afterKey` (from a cursor of a page read from an anchor's link index), the page
   * seeks the index right after that claim instead of skipping `offset` claims.
   */
  async claims(
    filter: ClaimQueryFilter,
    order: ClaimQueryOrder,
    offset: number,
    limit: number,
    fetch: RootFetch = FULL_FETCH,
    afterKey?: CursorKey,
  ): Promise<ConnectionModel<ClaimModel>> {
    const include = fetch.claims;
    const byKey = afterKey != null && pagesByKey(filter, order);
    const q = claimQuery(filter, order, include, fetch.projection, byKey);
    if (limit === 0) {
      const counted = await this.run<CountRow>(q.count, q.params);
      return { totalCount: counted[0]?.get('total') ?? 0, nodes: [], offset };
    }
    const after = byKey ? afterKeyParams(afterKey) : {};
    const [row] = await this.run<ClaimPageRow>(q.page, { ...q.params, ...after, offset: neo4j.int(offset), limit: neo4j.int(limit) });
    const nodes = row.get('page').map((entry) => {
      const claim = toClaim(entry);
      if (include.provenance) this.primeProvenance(claim.key, entry);
      else if (include.claimants) this.primeNeighbours('claimClaimants', claim.key, (entry.claimants as NodeMap[]).map(toEntity));
      return claim;
    });
    const keys = row.has('keys') ? toCursorKeys(row.get('keys')!) : undefined;
    return { totalCount: row.get('total'), nodes, offset, keys };
  }

  articles(offset: number, limit: number): Promise<ConnectionModel<ArticleModel>> {
    return this.paged<NodeRow<'a'>, ArticleModel>(ARTICLES_COUNT, ARTICLES_PAGE, {}, offset, limit, (r) => toArticle(r.get('a')));
  }

  async search(text: string, limit: number, fetch: RootFetch = FULL_FETCH): Promise<SearchHitModel[]> {
    const query = toLuceneTerms(text);
    if (!query) return [];
    const rows = await this.run<SearchRow>(forProjection(buildSearchQuery, fetch.projection), { query, limit: neo4j.int(limit) });
    return rows.map((r) => ({ score: r.get('score'), node: toNode(r.get('hit')) }));
  }

  async path(
    from: { key: string; label: PathLabel },
    to: { key: string; label: PathLabel },
    maxHops: number,
    fetch: RootFetch = FULL_FETCH,
  ): Promise<PathModel | null> {
    if (from.key === to.key) {
      const node = await this.node(from.label, from.key);
      return node ? { nodes: [node], steps: [] } : null;
    }
    const cypher = statementFor(fetch.projection, `path:${from.label}:${to.label}:${maxHops}`, () =>
      buildPathQuery(from.label, to.label, maxHops, fetch.projection),
    );
    const rows = await this.run<PathRow>(cypher, { from: from.key, to: to.key });
    if (!rows.length) return null;
    const nodes = rows[0].get('nodes').map(toNode);
    const rels = rows[0].get('rels');
    const steps = rels.map((rel, i) => {
      // Steps read along the path; the relationship keeps its own direction in `relationship`.
      const [a, b] = [nodes[i], nodes[i + 1]];
      return rel.start === a.key ? { from: a, relationship: rel.type, to: b } : { from: b, relationship: rel.type, to: a };
    });
    return { nodes, steps };
  }

  async contradictions(limit: number, fetch: RootFetch = FULL_FETCH): Promise<ContradictionModel[]> {
    const rows = await this.run<ContradictionRow>(forProjection(buildContradictionsQuery, fetch.projection), { limit: neo4j.int(limit) });
    return rows.map((r) => {
      const [aMap, bMap] = [r.get('a'), r.get('b')];
      const [a, b] = [toClaim(aMap), toClaim(bMap)];
      // Both sides' claimants came with the pair: a.claimants and b.claimants cost nothing more.
      this.primeNeighbours('claimClaimants', a.key, (aMap.claimants as NodeMap[]).map(toEntity));
      this.primeNeighbours('claimClaimants', b.key, (bMap.claimants as NodeMap[]).map(toEntity));
      return { a, b, type: r.get('type'), reason: r.get('reason') };
    });
  }

  /**
   * Count and page in the same read transaction, so both see the same snapshot. A count with no
   * row (its anchor node does not exist) is 0.
   */
  private async paged<Row extends RecordShape, T>(
    count: string,
    page: string,
    params: Record<string, unknown>,
    offset: number,
    limit: number,
    map: (r: Neo4jRecord<Row>) => T,
  ): Promise<ConnectionModel<T>> {
    const [counted, rows] = await Promise.all([
      this.run<CountRow>(count, params),
      this.run<Row>(page, { ...params, offset: neo4j.int(offset), limit: neo4j.int(limit) }),
    ]);
    return { totalCount: counted[0]?.get('total') ?? 0, nodes: rows.map(map), offset };
  }
}
