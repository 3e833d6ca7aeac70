/**
 * The per-request data source (Apollo's context + data-source pattern): every read the API
 * makes goes through here. Field look-ups are batched with DataLoader, one Cypher statement
 * per field per request, so a list of 20 claims with their claimants costs 2 statements, not 21.
 *
 * Statements are batched a second time, by transaction: every statement the request asks for in
 * the same turn of the event loop (the loaders of sibling fields: a claim's claimants, channel,
 * outlets and article) is sent in one read transaction, pipelined, instead of one transaction
 * each. A request costs one transaction per level of the query that needs the graph, which
 * saves the per-transaction round trips, Bolt messages and server work that dominated small
 * requests (README, "Benchmarks").
 */
import DataLoader from 'dataloader';
import neo4j, { type Node as Neo4jNode, type Record as Neo4jRecord } from 'neo4j-driver';
import type { GraphDatabase } from './database.ts';
import { ARTICLES_COUNT, ARTICLES_PAGE } from './cypher/articles.ts';
import { buildClaimQuery, type ClaimInclude, type ClaimQueryFilter, type ClaimQueryOrder } from './cypher/claims.ts';
import { buildContradictionsQuery } from './cypher/contradictions.ts';
import { buildEntitiesQuery, ENTITY_BY_NAME, type ENTITY_TYPE_LABEL } from './cypher/entities.ts';
import {
  buildEntityPageQuery,
  CLAIM_PAGES,
  CLAIM_PROVENANCE,
  ENTITY_RELATIONS,
  NEIGHBOURS,
  type ClaimPageField,
  type EntityPageInclude,
  type NeighbourField,
} from './cypher/neighbours.ts';
import { ARTICLE_TEXTS, NODES_BY_IDS, type NodeLabel } from './cypher/nodes.ts';
import { buildPathQuery, type PathLabel } from './cypher/path.ts';
import { FULL_PROJECTION, type Projection } from './cypher/projections.ts';
import { buildSearchQuery } from './cypher/search.ts';
import { toLuceneTerms } from './lucene.ts';
import {
  toArticle,
  toChannel,
  toClaim,
  toEntity,
  toFigure,
  toNode,
  type ArticleModel,
  type ChannelModel,
  type ClaimModel,
  type ConnectionModel,
  type ContradictionModel,
  type EntityModel,
  type EntityRelationModel,
  type FigureModel,
  type NodeModel,
  type PathModel,
  type SearchHitModel,
} from './model.ts';

/** A claim's provenance chain, by part (see CLAIM_PROVENANCE). */
export interface ProvenanceParts {
  claimants: EntityModel[];
  channel: ChannelModel | null;
  via: EntityModel[];
  article: ArticleModel | null;
  author: EntityModel | null;
  publisher: EntityModel | null;
}

interface PendingStatement {
  cypher: string;
  params: Record<string, unknown>;
  resolve: (records: Neo4jRecord[]) => void;
  reject: (error: unknown) => void;
}

/** Statements that depend only on the projection, built once per projection (projections are cached per document). */
const statements = new WeakMap<(p: Projection) => string, WeakMap<Projection, string>>();
function memo(build: (p: Projection) => string, projection: Projection): string {
  let byProjection = statements.get(build);
  if (!byProjection) statements.set(build, (byProjection = new WeakMap()));
  let cypher = byProjection.get(projection);
  if (cypher === undefined) byProjection.set(projection, (cypher = build(projection)));
  return cypher;
}

/** What each neighbour field yields. */
type NeighbourModel<F extends NeighbourField> = F extends 'claimFigures' ? FigureModel : NodeModel;

export class GraphSource {
  private readonly nodeLoaders = new Map<NodeLabel, DataLoader<string, NodeModel | null>>();
  private readonly neighbourLoaders = new Map<NeighbourField, DataLoader<string, unknown[]>>();
  private readonly pageLoaders = new Map<string, DataLoader<string, ConnectionModel<ClaimModel>>>();
  private relationLoader?: DataLoader<string, EntityRelationModel[]>;
  private provenanceLoader?: DataLoader<string, ProvenanceParts | null>;
  private textLoader?: DataLoader<string, { text: string; body: string }>;

  /**
   * What the request's document selects on each kind of node (src/api/selection.ts); the
   * statements of the root fields and of entity pages project only those properties. Loaders
   * of single fields (NODES_BY_IDS, NEIGHBOURS) always read every API property.
   */
  private projection: Projection = FULL_PROJECTION;

  constructor(private readonly db: GraphDatabase) {}

  /** Set once per request, before its resolvers run. */
  useProjection(projection: Projection): void {
    this.projection = projection;
  }

  /** Statements waiting for this turn's transaction. */
  private pending: PendingStatement[] = [];

  /** Runs one read statement, in the transaction shared by this turn's statements; returns its records. */
  private run(cypher: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ cypher, params, resolve, reject });
    });
  }

  /** Sends the waiting statements in one read transaction (retried as a whole on transient errors). */
  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const results = await this.db.read((tx) => Promise.all(batch.map((s) => tx.run(s.cypher, s.params))));
      batch.forEach((s, i) => s.resolve(results[i].records));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      // One failing statement fails the whole transaction: run each alone, so only it fails.
      await Promise.all(
        batch.map((s) => this.db.read((tx) => tx.run(s.cypher, s.params)).then((r) => s.resolve(r.records), s.reject)),
      );
    }
  }

  // --- nodes by key -------------------------------------------------------------------------

  node(label: NodeLabel, key: string): Promise<NodeModel | null> {
    return this.nodeLoader(label).load(key);
  }

  private nodeLoader(label: NodeLabel): DataLoader<string, NodeModel | null> {
    let loader = this.nodeLoaders.get(label);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.run(NODES_BY_IDS[label], { ids });
        const byId = new Map(rows.map((r) => [r.get('id') as string, toNode(r.get('n'))]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.nodeLoaders.set(label, loader);
    }
    return loader;
  }

  entity = (key: string) => this.node('Entity', key) as Promise<EntityModel | null>;
  claim = (key: string) => this.node('Claim', key) as Promise<ClaimModel | null>;
  article = (key: string) => this.node('Article', key) as Promise<ArticleModel | null>;
  channel = (key: string) => this.node('Channel', key) as Promise<ChannelModel | null>;

  /** The text and body of an article that was read without them. */
  articleText(key: string): Promise<{ text: string; body: string }> {
    this.textLoader ??= new DataLoader(async (ids) => {
      const byId = new Map((await this.run(ARTICLE_TEXTS, { ids })).map((r) => [r.get('id') as string, { text: String(r.get('text') ?? ''), body: String(r.get('body') ?? '') }]));
      return ids.map((id) => byId.get(id) ?? { text: '', body: '' });
    });
    return this.textLoader.load(key);
  }

  // --- one-hop fields -----------------------------------------------------------------------

  neighbours<F extends NeighbourField>(field: F, key: string): Promise<NeighbourModel<F>[]> {
    return this.neighbourLoader(field).load(key) as Promise<NeighbourModel<F>[]>;
  }

  private neighbourLoader(field: NeighbourField): DataLoader<string, unknown[]> {
    let loader = this.neighbourLoaders.get(field);
    if (!loader) {
      const map = field === 'claimFigures' ? toFigure : toNode;
      loader = new DataLoader(async (ids) => {
        const grouped = new Map<string, unknown[]>(ids.map((id) => [id, []]));
        for (const row of await this.run(NEIGHBOURS[field], { ids })) grouped.get(row.get('id'))!.push(map(row.get('n')));
        return ids.map((id) => grouped.get(id)!);
      });
      this.neighbourLoaders.set(field, loader);
    }
    return loader;
  }

  async neighbour<F extends NeighbourField>(field: F, key: string): Promise<NeighbourModel<F> | null> {
    return (await this.neighbours(field, key))[0] ?? null;
  }

  entityRelations(key: string): Promise<EntityRelationModel[]> {
    return this.relationsLoader().load(key);
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
  provenance(key: string): Promise<ProvenanceParts | null> {
    return this.provenanceLoaderOf().load(key);
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
    const articleNode = raw.article as Neo4jNode | null;
    const parts: ProvenanceParts = {
      claimants: (raw.claimants as Neo4jNode[]).map(toEntity),
      channel: (raw.channel as Neo4jNode[]).map(toChannel)[0] ?? null,
      via: (raw.via as Neo4jNode[]).map(toEntity),
      article: articleNode ? toArticle(articleNode) : null,
      author: (raw.author as Neo4jNode[]).map(toEntity)[0] ?? null,
      publisher: (raw.publisher as Neo4jNode[]).map(toEntity)[0] ?? null,
    };
    this.provenanceLoaderOf().prime(claimKey, parts);
    this.neighbourLoader('claimClaimants').prime(claimKey, parts.claimants);
    this.neighbourLoader('claimChannel').prime(claimKey, parts.channel ? [parts.channel] : []);
    this.neighbourLoader('claimReportedVia').prime(claimKey, parts.via);
    if (parts.article) {
      this.nodeLoader('Article').prime(parts.article.key, parts.article);
      this.neighbourLoader('articleAuthor').prime(parts.article.key, parts.author ? [parts.author] : []);
      this.neighbourLoader('articlePublisher').prime(parts.article.key, parts.publisher ? [parts.publisher] : []);
    }
    return parts;
  }

  // --- priming: answers known without asking Neo4j (a dry-run ingest's extraction) ---------

  primeNode(label: NodeLabel, node: NodeModel): void {
    this.nodeLoader(label).clear(node.key).prime(node.key, node);
  }

  primeNeighbours(field: NeighbourField, key: string, values: unknown[]): void {
    this.neighbourLoader(field).clear(key).prime(key, values);
  }

  primeRelations(key: string, relations: EntityRelationModel[]): void {
    this.relationsLoader().clear(key).prime(key, relations);
  }

  /** A page of a parent's claims; parents asking for the same page share one statement. */
  claimPage(field: ClaimPageField, key: string, offset: number, limit: number): Promise<ConnectionModel<ClaimModel>> {
    return this.pageLoader(field, offset, limit).load(key);
  }

  private pageLoader(field: ClaimPageField, offset: number, limit: number): DataLoader<string, ConnectionModel<ClaimModel>> {
    const loaderKey = `${field}:${offset}:${limit}`;
    let loader = this.pageLoaders.get(loaderKey);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.run(CLAIM_PAGES[field], { ids, offset: neo4j.int(offset), limit: neo4j.int(limit) });
        const byId = new Map(
          rows.map((r) => [r.get('id') as string, { totalCount: r.get('total') as number, nodes: (r.get('page') as Neo4jNode[]).map(toClaim), offset }]),
        );
        return ids.map((id) => byId.get(id) ?? { totalCount: 0, nodes: [], offset });
      });
      this.pageLoaders.set(loaderKey, loader);
    }
    return loader;
  }

  /**
   * entity(id:) together with the claim pages and relations its selection asks for, in one
   * statement (buildEntityPageQuery); primes the loaders those fields read.
   */
  async entityPage(key: string, include: EntityPageInclude): Promise<EntityModel | null> {
    const params: Record<string, unknown> = { id: key };
    include.pages.forEach((p, i) => {
      params[`offset${i}`] = neo4j.int(p.offset);
      params[`limit${i}`] = neo4j.int(p.limit);
    });
    const [row] = await this.run(buildEntityPageQuery(include, this.projection), params);
    if (!row) {
      this.nodeLoader('Entity').prime(key, null);
      return null;
    }
    const entity = toEntity(row.get('n'));
    this.nodeLoader('Entity').prime(key, entity);
    (row.get('pages') as { total: number; page: Neo4jNode[] }[]).forEach((result, i) => {
      const { field, offset, limit } = include.pages[i];
      this.pageLoader(field, offset, limit).prime(key, { totalCount: result.total, nodes: result.page.map(toClaim), offset });
    });
    if (include.relations) {
      const relations = (row.get('relations') as { type: string; outgoing: boolean; evidence: string | null; n: Neo4jNode }[]).map((r) => ({
        type: r.type,
        direction: r.outgoing ? ('OUTGOING' as const) : ('INCOMING' as const),
        evidence: r.evidence,
        other: toEntity(r.n),
      }));
      this.relationsLoader().prime(key, relations);
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
   * A page of claims and the total, in one statement; with `include`, each claim's claimants or
   * provenance come in the same statement and prime the loaders its fields will ask.
   */
  async claims(
    filter: ClaimQueryFilter,
    order: ClaimQueryOrder,
    offset: number,
    limit: number,
    include: ClaimInclude = {},
  ): Promise<ConnectionModel<ClaimModel>> {
    const q = buildClaimQuery(filter, order, include, this.projection);
    if (limit === 0) {
      const counted = await this.run(q.count, q.params);
      return { totalCount: (counted[0]?.get('total') as number | undefined) ?? 0, nodes: [], offset };
    }
    const [row] = await this.run(q.page, { ...q.params, offset: neo4j.int(offset), limit: neo4j.int(limit) });
    const nodes = (row.get('page') as Record<string, unknown>[]).map((entry) => {
      const claim = toClaim(entry.claim as Neo4jNode);
      if (include.provenance) this.primeProvenance(claim.key, entry);
      else if (include.claimants) this.neighbourLoader('claimClaimants').prime(claim.key, (entry.claimants as Neo4jNode[]).map(toEntity));
      return claim;
    });
    return { totalCount: row.get('total') as number, nodes, offset };
  }

  articles(offset: number, limit: number): Promise<ConnectionModel<ArticleModel>> {
    return this.paged(ARTICLES_COUNT, ARTICLES_PAGE, {}, offset, limit, (r) => toArticle(r.get('a')));
  }

  async search(text: string, limit: number): Promise<SearchHitModel[]> {
    const query = toLuceneTerms(text);
    if (!query) return [];
    const rows = await this.run(memo(buildSearchQuery, this.projection), { query, limit: neo4j.int(limit) });
    return rows.map((r) => ({ score: r.get('score'), node: toNode(r.get('hit')) }));
  }

  async path(from: { key: string; label: PathLabel }, to: { key: string; label: PathLabel }, maxHops: number): Promise<PathModel | null> {
    if (from.key === to.key) {
      const node = await this.node(from.label, from.key);
      return node ? { nodes: [node], steps: [] } : null;
    }
    const rows = await this.run(buildPathQuery(from.label, to.label, maxHops, this.projection), { from: from.key, to: to.key });
    if (!rows.length) return null;
    const nodes = (rows[0].get('nodes') as Neo4jNode[]).map(toNode);
    const rels = rows[0].get('rels') as { type: string; start: string }[];
    const steps = rels.map((rel, i) => {
      // Steps read along the path; the relationship keeps its own direction in `relationship`.
      const [a, b] = [nodes[i], nodes[i + 1]];
      return rel.start === a.key ? { from: a, relationship: rel.type, to: b } : { from: b, relationship: rel.type, to: a };
    });
    return { nodes, steps };
  }

  async contradictions(limit: number): Promise<ContradictionModel[]> {
    const rows = await this.run(memo(buildContradictionsQuery, this.projection), { limit: neo4j.int(limit) });
    return rows.map((r) => {
      const [a, b] = [toClaim(r.get('a')), toClaim(r.get('b'))];
      // Both sides' claimants came with the pair: a.claimants and b.claimants cost nothing more.
      this.neighbourLoader('claimClaimants').prime(a.key, (r.get('aClaimants') as Neo4jNode[]).map(toEntity));
      this.neighbourLoader('claimClaimants').prime(b.key, (r.get('bClaimants') as Neo4jNode[]).map(toEntity));
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
