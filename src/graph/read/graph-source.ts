/**
 * The per-request data source (Apollo's context + data-source pattern): every read the API
 * makes goes through here. Field look-ups are batched with DataLoader, one Cypher statement
 * per field per request, so a list of 20 claims with their claimants costs 2 statements, not 21;
 * the statements of one turn share one read transaction (turn-batch.ts).
 *
 * A root field's statement fetches what the request's fetch plan (src/api/fetch-plan.ts) says:
 * the node properties the operation reads (`RootFetch.projection`) and the related data its
 * selection asks for next (a page's claimants or provenance, an entity's claim pages and
 * relations). What a statement fetched along with something else is primed: the field that asks
 * for it next gets it synchronously, without a statement, a DataLoader promise or a turn of the
 * microtask queue. Anything not planned is loaded by the DataLoaders when its field asks.
 */
import DataLoader from 'dataloader';
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import type { GraphDatabase } from '../database.ts';
import { TurnBatch } from './turn-batch.ts';
import { FULL_FETCH, pageSlot, type ClaimPageKey, type RootFetch } from './root-fetch.ts';
import { ARTICLES_COUNT, ARTICLES_PAGE } from './cypher/articles.ts';
import { claimQuery, type ClaimQueryFilter, type ClaimQueryOrder } from './cypher/claims.ts';
import { statementFor } from './cypher/statement-texts.ts';
import { buildContradictionsQuery } from './cypher/contradictions.ts';
import { buildEntitiesQuery, ENTITY_BY_NAME, type ENTITY_TYPE_LABEL } from './cypher/entities.ts';
import { buildEntityPageQuery, ENTITY_RELATIONS, type EntityPageInclude } from './cypher/entity-page.ts';
import { CLAIM_PAGES } from './cypher/claim-pages.ts';
import { CLAIM_PROVENANCE } from './cypher/provenance.ts';
import { NEIGHBOUR_KINDS, NEIGHBOURS, type NeighbourField } from './cypher/neighbours.ts';
import { ARTICLE_TEXTS, NODES_BY_IDS, type NodeLabel } from './cypher/nodes.ts';
import { buildPathQuery, type PathLabel } from './cypher/path.ts';
import { forProjection, type Projection } from './cypher/projections.ts';
import { buildSearchQuery } from './cypher/search.ts';
import { toLuceneTerms } from '../lucene.ts';
import {
  toArticle,
  toChannel,
  toClaim,
  toEntity,
  toFigure,
  toNode,
  NODE_READERS,
  type ArticleModel,
  type ChannelModel,
  type ClaimModel,
  type ConnectionModel,
  type ContradictionModel,
  type EntityModel,
  type EntityRelationModel,
  type FigureModel,
  type NodeMap,
  type NodeModel,
  type MaybePromise,
  type PathModel,
  type ProvenanceParts,
  type SearchHitModel,
} from '../model.ts';

/** What each neighbour field yields. */
type NeighbourModel<F extends NeighbourField> = F extends 'claimFigures' ? FigureModel : NodeModel;

export class GraphSource {
  private readonly nodeLoaders = new Map<NodeLabel, DataLoader<string, NodeModel | null>>();
  private readonly neighbourLoaders = new Map<NeighbourField, DataLoader<string, unknown[]>>();
  private readonly pageLoaders = new Map<string, DataLoader<string, ConnectionModel<ClaimModel>>>();
  private relationLoader?: DataLoader<string, EntityRelationModel[]>;
  private provenanceLoader?: DataLoader<string, ProvenanceParts | null>;
  private textLoader?: DataLoader<string, { text: string; body: string }>;

  private readonly batch: TurnBatch;
  /** Values primed by statements that fetched them with something else, by loader, then key. */
  private readonly primed = new Map<string, Map<string, unknown>>();

  constructor(db: GraphDatabase) {
    this.batch = new TurnBatch(db);
  }

  private run(cypher: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    return this.batch.run(cypher, params);
  }

  /**
   * Records a value fetched along with something else: `load` answers it synchronously from now
   * on, so its loader is never asked (nor even created) for that key.
   */
  private prime<T>(slot: string, key: string, value: T): void {
    let bySlot = this.primed.get(slot);
    if (!bySlot) this.primed.set(slot, (bySlot = new Map<string, unknown>()));
    bySlot.set(key, value);
  }

  /** The primed value if there is one, else the loader's (batched) answer. */
  private load<T>(slot: string, key: string, loader: () => DataLoader<string, T>): MaybePromise<T> {
    const bySlot = this.primed.get(slot);
    return bySlot?.has(key) ? (bySlot.get(key) as T) : loader().load(key);
  }

  // --- nodes by key -------------------------------------------------------------------------

  node(label: NodeLabel, key: string): MaybePromise<NodeModel | null> {
    return this.load(`node:${label}`, key, () => this.nodeLoader(label));
  }

  private nodeLoader(label: NodeLabel): DataLoader<string, NodeModel | null> {
    let loader = this.nodeLoaders.get(label);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.run(NODES_BY_IDS[label], { ids });
        const read = NODE_READERS[label];
        const byId = new Map(rows.map((r) => [r.get('id') as string, read(r.get('n'))]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.nodeLoaders.set(label, loader);
    }
    return loader;
  }

  entity = (key: string) => this.node('Entity', key) as MaybePromise<EntityModel | null>;
  claim = (key: string) => this.node('Claim', key) as MaybePromise<ClaimModel | null>;
  article = (key: string) => this.node('Article', key) as MaybePromise<ArticleModel | null>;
  channel = (key: string) => this.node('Channel', key) as MaybePromise<ChannelModel | null>;

  /** The text and body of an article that was read without them. */
  articleText(key: string): Promise<{ text: string; body: string }> {
    this.textLoader ??= new DataLoader(async (ids) => {
      const byId = new Map(
        (await this.run(ARTICLE_TEXTS, { ids })).map((r) => [
          r.get('id') as string,
          { text: String(r.get('text') ?? ''), body: String(r.get('body') ?? '') },
        ]),
      );
      return ids.map((id) => byId.get(id) ?? { text: '', body: '' });
    });
    return this.textLoader.load(key);
  }

  // --- one-hop fields -----------------------------------------------------------------------

  neighbours<F extends NeighbourField>(field: F, key: string): MaybePromise<NeighbourModel<F>[]> {
    return this.load(`neighbours:${field}`, key, () => this.neighbourLoader(field)) as MaybePromise<NeighbourModel<F>[]>;
  }

  private neighbourLoader(field: NeighbourField): DataLoader<string, unknown[]> {
    let loader = this.neighbourLoaders.get(field);
    if (!loader) {
      const kind = NEIGHBOUR_KINDS[field];
      const map = kind === 'Figure' ? toFigure : NODE_READERS[kind];
      loader = new DataLoader(async (ids) => {
        const grouped = new Map<string, unknown[]>(ids.map((id) => [id, []]));
        for (const row of await this.run(NEIGHBOURS[field], { ids })) grouped.get(row.get('id'))!.push(map(row.get('n')));
        return ids.map((id) => grouped.get(id)!);
      });
      this.neighbourLoaders.set(field, loader);
    }
    return loader;
  }

  neighbour<F extends NeighbourField>(field: F, key: string): MaybePromise<NeighbourModel<F> | null> {
    const list = this.neighbours(field, key);
    return list instanceof Promise ? list.then((l) => l[0] ?? null) : (list[0] ?? null);
  }

  entityRelations(key: string): MaybePromise<EntityRelationModel[]> {
    return this.load('relations', key, () => this.relationsLoader());
  }

  private relationsLoader(): DataLoader<string, EntityRelationModel[]> {
    this.relationLoader ??= new DataLoader(async (ids) => {
      const grouped = new Map<string, EntityRelationModel[]>(ids.map((id) => [id, []]));
      for (const row of await this.run(ENTITY_RELATIONS, { ids })) {
        grouped.get(row.get('id'))!.push({
          type: row.get('type'),
          direction: row.get('outgoing') ? 'OUTGOING' : 'INCOMING',
          evidence: row.get('evidence'),
          other: toEntity(row.get('n')),
        });
      }
      return ids.map((id) => grouped.get(id)!);
    });
    return this.relationLoader;
  }

  /**
   * The parts of a claim's provenance chain, in one statement for all the claims asked about in
   * this turn; primes the one-hop loaders it covers, so `claimants` next to `provenance` is free.
   */
  provenance(key: string): MaybePromise<ProvenanceParts | null> {
    return this.load('provenance', key, () => this.provenanceLoaderOf());
  }

  private provenanceLoaderOf(): DataLoader<string, ProvenanceParts | null> {
    this.provenanceLoader ??= new DataLoader(async (ids) => {
      const byId = new Map<string, ProvenanceParts>();
      for (const row of await this.run(CLAIM_PROVENANCE, { ids })) {
        byId.set(row.get('id'), this.primeProvenance(row.get('id'), row.get('parts')));
      }
      return ids.map((id) => byId.get(id) ?? null);
    });
    return this.provenanceLoader;
  }

  /** Reads the provenance parts of a claim (CLAIM_INCLUDE_FRAGMENTS) and primes every loader they answer. */
  private primeProvenance(claimKey: string, raw: Record<string, unknown>): ProvenanceParts {
    const articleNode = raw.article as NodeMap | null;
    const parts: ProvenanceParts = {
      claimants: (raw.claimants as NodeMap[]).map(toEntity),
      channel: (raw.channel as NodeMap[]).map(toChannel)[0] ?? null,
      via: (raw.via as NodeMap[]).map(toEntity),
      article: articleNode ? toArticle(articleNode) : null,
      author: (raw.author as NodeMap[]).map(toEntity)[0] ?? null,
      publisher: (raw.publisher as NodeMap[]).map(toEntity)[0] ?? null,
    };
    this.prime('provenance', claimKey, parts);
    this.primeNeighbours('claimClaimants', claimKey, parts.claimants);
    this.primeNeighbours('claimChannel', claimKey, parts.channel ? [parts.channel] : []);
    this.primeNeighbours('claimReportedVia', claimKey, parts.via);
    if (parts.article) {
      this.primeNode('Article', parts.article);
      this.primeNeighbours('articleAuthor', parts.article.key, parts.author ? [parts.author] : []);
      this.primeNeighbours('articlePublisher', parts.article.key, parts.publisher ? [parts.publisher] : []);
    }
    return parts;
  }

  // --- priming: answers known without asking Neo4j (a dry-run ingest's extraction) ---------

  primeNode(label: NodeLabel, node: NodeModel): void {
    this.prime(`node:${label}`, node.key, node);
  }

  primeNeighbours(field: NeighbourField, key: string, values: unknown[]): void {
    this.prime(`neighbours:${field}`, key, values);
  }

  primeRelations(key: string, relations: EntityRelationModel[]): void {
    this.prime('relations', key, relations);
  }

  /** A page of a parent's claims; parents asking for the same page share one statement. */
  claimPage(key: string, page: ClaimPageKey): MaybePromise<ConnectionModel<ClaimModel>> {
    return this.load(pageSlot(page), key, () => this.pageLoader(page));
  }

  private pageLoader({ field, offset, limit }: ClaimPageKey): DataLoader<string, ConnectionModel<ClaimModel>> {
    const loaderKey = pageSlot({ field, offset, limit });
    let loader = this.pageLoaders.get(loaderKey);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.run(CLAIM_PAGES[field], { ids, offset: neo4j.int(offset), limit: neo4j.int(limit) });
        const byId = new Map(
          rows.map((r) => [
            r.get('id') as string,
            { totalCount: r.get('total') as number, nodes: (r.get('page') as NodeMap[]).map(toClaim), offset },
          ]),
        );
        return ids.map((id) => byId.get(id) ?? { totalCount: 0, nodes: [], offset });
      });
      this.pageLoaders.set(loaderKey, loader);
    }
    return loader;
  }

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
    });
    const shape = `entity:${include.pages.map((p) => p.field).join(',')}:${include.relations}`;
    const [row] = await this.run(
      statementFor(projection, shape, () => buildEntityPageQuery(include, projection)),
      params,
    );
    if (!row) {
      this.prime('node:Entity', key, null);
      return null;
    }
    const entity = toEntity(row.get('n'));
    this.primeNode('Entity', entity);
    (row.get('pages') as { total: number; page: NodeMap[] }[]).forEach((result, i) => {
      const page = include.pages[i];
      this.prime(pageSlot(page), key, { totalCount: result.total, nodes: result.page.map(toClaim), offset: page.offset });
    });
    if (include.relations) {
      const relations = (row.get('relations') as { type: string; outgoing: boolean; evidence: string | null; n: NodeMap }[]).map((r) => ({
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
    const rows = await this.run(ENTITY_BY_NAME, { needle: `|${lower}|`, name: lower });
    return rows.length ? toEntity(rows[0].get('n')) : null;
  }

  async entities(
    filter: { type?: keyof typeof ENTITY_TYPE_LABEL; nameContains?: string },
    offset: number,
    limit: number,
  ): Promise<ConnectionModel<EntityModel>> {
    const q = buildEntitiesQuery(filter);
    return this.paged(q.count, q.page, q.params, offset, limit, (r) => toEntity(r.get('n')));
  }

  /**
   * A page of claims and the total, in one statement; with the plan's `claims` include, each
   * claim's claimants or provenance come in the same statement and prime the loaders its fields
   * will ask.
   */
  async claims(
    filter: ClaimQueryFilter,
    order: ClaimQueryOrder,
    offset: number,
    limit: number,
    fetch: RootFetch = FULL_FETCH,
  ): Promise<ConnectionModel<ClaimModel>> {
    const include = fetch.claims;
    const q = claimQuery(filter, order, include, fetch.projection);
    if (limit === 0) {
      const counted = await this.run(q.count, q.params);
      return { totalCount: (counted[0]?.get('total') as number | undefined) ?? 0, nodes: [], offset };
    }
    const [row] = await this.run(q.page, { ...q.params, offset: neo4j.int(offset), limit: neo4j.int(limit) });
    // Each entry is the claim's map, with its claimants and provenance parts as extra keys.
    const nodes = (row.get('page') as NodeMap[]).map((entry) => {
      const claim = toClaim(entry);
      if (include.provenance) this.primeProvenance(claim.key, entry);
      else if (include.claimants) this.primeNeighbours('claimClaimants', claim.key, (entry.claimants as NodeMap[]).map(toEntity));
      return claim;
    });
    return { totalCount: row.get('total') as number, nodes, offset };
  }

  articles(offset: number, limit: number): Promise<ConnectionModel<ArticleModel>> {
    return this.paged(ARTICLES_COUNT, ARTICLES_PAGE, {}, offset, limit, (r) => toArticle(r.get('a')));
  }

  async search(text: string, limit: number, fetch: RootFetch = FULL_FETCH): Promise<SearchHitModel[]> {
    const query = toLuceneTerms(text);
    if (!query) return [];
    const rows = await this.run(forProjection(buildSearchQuery, fetch.projection), { query, limit: neo4j.int(limit) });
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
    const rows = await this.run(cypher, { from: from.key, to: to.key });
    if (!rows.length) return null;
    const nodes = (rows[0].get('nodes') as NodeMap[]).map(toNode);
    const rels = rows[0].get('rels') as { type: string; start: string }[];
    const steps = rels.map((rel, i) => {
      // Steps read along the path; the relationship keeps its own direction in `relationship`.
      const [a, b] = [nodes[i], nodes[i + 1]];
      return rel.start === a.key ? { from: a, relationship: rel.type, to: b } : { from: b, relationship: rel.type, to: a };
    });
    return { nodes, steps };
  }

  async contradictions(limit: number, fetch: RootFetch = FULL_FETCH): Promise<ContradictionModel[]> {
    const rows = await this.run(forProjection(buildContradictionsQuery, fetch.projection), { limit: neo4j.int(limit) });
    return rows.map((r) => {
      const [aMap, bMap] = [r.get('a') as NodeMap, r.get('b') as NodeMap];
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
  private async paged<T>(
    count: string,
    page: string,
    params: Record<string, unknown>,
    offset: number,
    limit: number,
    map: (r: Neo4jRecord) => T,
  ): Promise<ConnectionModel<T>> {
    const [counted, rows] = await Promise.all([
      this.run(count, params),
      this.run(page, { ...params, offset: neo4j.int(offset), limit: neo4j.int(limit) }),
    ]);
    return { totalCount: (counted[0]?.get('total') as number | undefined) ?? 0, nodes: rows.map(map), offset };
  }
}
