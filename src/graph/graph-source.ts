/**
 * The per-request data source (Apollo's context + data-source pattern): every read the API
 * makes goes through here. Field look-ups are batched with DataLoader, one Cypher statement
 * per field per request, so a list of 20 claims with their claimants costs 2 statements, not 21.
 * Every statement runs in a read transaction.
 */
import DataLoader from 'dataloader';
import neo4j, { type Node as Neo4jNode, type Record as Neo4jRecord } from 'neo4j-driver';
import type { GraphDatabase } from './database.ts';
import { ARTICLES_COUNT, ARTICLES_PAGE } from './cypher/articles.ts';
import { buildClaimQuery, type ClaimQueryFilter, type ClaimQueryOrder } from './cypher/claims.ts';
import { CONTRADICTIONS } from './cypher/contradictions.ts';
import { buildEntitiesQuery, ENTITY_BY_NAME, type ENTITY_TYPE_LABEL } from './cypher/entities.ts';
import { CLAIM_PAGES, ENTITY_RELATIONS, NEIGHBOURS, type ClaimPageField, type NeighbourField } from './cypher/neighbours.ts';
import { NODES_BY_IDS, type NodeLabel } from './cypher/nodes.ts';
import { buildPathQuery, type PathLabel } from './cypher/path.ts';
import { SEARCH } from './cypher/search.ts';
import { toLuceneTerms } from './lucene.ts';
import {
  toArticle,
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

/** What each neighbour field yields. */
type NeighbourModel<F extends NeighbourField> = F extends 'claimFigures' ? FigureModel : NodeModel;

export class GraphSource {
  private readonly nodeLoaders = new Map<NodeLabel, DataLoader<string, NodeModel | null>>();
  private readonly neighbourLoaders = new Map<NeighbourField, DataLoader<string, unknown[]>>();
  private readonly pageLoaders = new Map<string, DataLoader<string, ConnectionModel<ClaimModel>>>();
  private relationLoader?: DataLoader<string, EntityRelationModel[]>;

  constructor(private readonly db: GraphDatabase) {}

  /** Runs one read statement and returns its records. */
  private async run(cypher: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    const result = await this.db.read((tx) => tx.run(cypher, params));
    return result.records;
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
    return loader.load(key);
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

  async claims(filter: ClaimQueryFilter, order: ClaimQueryOrder, offset: number, limit: number): Promise<ConnectionModel<ClaimModel>> {
    const q = buildClaimQuery(filter, order);
    return this.paged(q.count, q.page, q.params, offset, limit, (r) => toClaim(r.get('c')));
  }

  articles(offset: number, limit: number): Promise<ConnectionModel<ArticleModel>> {
    return this.paged(ARTICLES_COUNT, ARTICLES_PAGE, {}, offset, limit, (r) => toArticle(r.get('a')));
  }

  async search(text: string, limit: number): Promise<SearchHitModel[]> {
    const query = toLuceneTerms(text);
    if (!query) return [];
    const rows = await this.run(SEARCH, { query, limit: neo4j.int(limit) });
    return rows.map((r) => ({ score: r.get('score'), node: toNode(r.get('node')) }));
  }

  async path(from: { key: string; label: PathLabel }, to: { key: string; label: PathLabel }, maxHops: number): Promise<PathModel | null> {
    if (from.key === to.key) {
      const node = await this.node(from.label, from.key);
      return node ? { nodes: [node], steps: [] } : null;
    }
    const rows = await this.run(buildPathQuery(from.label, to.label, maxHops), { from: from.key, to: to.key });
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
    const rows = await this.run(CONTRADICTIONS, { limit: neo4j.int(limit) });
    return rows.map((r) => ({ a: toClaim(r.get('a')), b: toClaim(r.get('b')), type: r.get('type'), reason: r.get('reason') }));
  }

  /** Count and page in one read transaction, so both see the same snapshot. */
  private async paged<T>(
    count: string,
    page: string,
    params: Record<string, unknown>,
    offset: number,
    limit: number,
    map: (r: Neo4jRecord) => T,
  ): Promise<ConnectionModel<T>> {
    return this.db.read(async (tx) => {
      const total = (await tx.run(count, params)).records[0].get('total') as number;
      const rows = offset < total ? (await tx.run(page, { ...params, offset: neo4j.int(offset), limit: neo4j.int(limit) })).records : [];
      return { totalCount: total, nodes: rows.map(map), offset };
    });
  }
}
