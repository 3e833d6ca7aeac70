/**
 * The per-field half of the request's data source (src/graph/read/graph-source.ts): nodes by key,
 * one-hop neighbours, relations, provenance and claim pages, each batched with DataLoader, one
 * Cypher statement per field per request, so a list of 20 claims with their claimants costs 2
 * statements, not 21; the statements of one turn share one read transaction (turn-batch.ts).
 *
 * What a statement fetched along with something else is primed: the field that asks for it next
 * gets it synchronously, without a statement, a DataLoader promise or a turn of the microtask
 * queue. Anything not primed is loaded by the DataLoaders when its field asks.
 */
import DataLoader from 'dataloader';
import neo4j, { type Node as Neo4jNode, type Record as Neo4jRecord, type RecordShape } from 'neo4j-driver';
import type { GraphDatabase } from '../database.ts';
import { TurnBatch } from './turn-batch.ts';
import { pageSlot, seekKeyOf, type ClaimPageKey } from './root-fetch.ts';
import { ENTITY_RELATIONS } from './cypher/entity-page.ts';
import { CLAIM_PAGES, KEYED_CLAIM_PAGES, isKeyedList } from './cypher/claim-pages.ts';
import { afterKeyParams } from './cypher/claims.ts';
import { CLAIM_PROVENANCE } from './cypher/provenance.ts';
import { NEIGHBOUR_KINDS, NEIGHBOURS, type NeighbourField } from './cypher/neighbours.ts';
import { ARTICLE_TEXTS, NODES_BY_IDS, type NodeLabel } from './cypher/nodes.ts';
import {
  toArticle,
  toChannel,
  toClaim,
  toEntity,
  toFigure,
  NODE_READERS,
  type ArticleModel,
  type ChannelModel,
  type ClaimModel,
  type ConnectionModel,
  type CursorKey,
  type EntityModel,
  type EntityRelationModel,
  type FigureModel,
  type NodeMap,
  type NodeModel,
  type MaybePromise,
  type ProvenanceParts,
} from '../model.ts';

/** What each neighbour field yields. */
type NeighbourModel<F extends NeighbourField> = F extends 'claimFigures' ? FigureModel : NodeModel;

export class GraphLoaders {
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

  /** The statement's rows; `Row` names the columns its RETURN clause gives and their types. */
  protected run<Row extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord<Row>[]> {
    return this.batch.run(cypher, params) as Promise<Neo4jRecord<Row>[]>;
  }

  /**
   * Records a value fetched along with something else: `load` answers it synchronously from now
   * on, so its loader is never asked (nor even created) for that key.
   */
  protected prime<T>(slot: string, key: string, value: T): void {
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
        const byId = new Map(rows.map((r) => [r.get('id') as string, read(r.get('n') as NodeMap)]));
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
      // A figure comes as the driver's node, every other kind as a map projection.
      const map = kind === 'Figure' ? toFigure : NODE_READERS[kind];
      loader = new DataLoader(async (ids) => {
        const grouped = new Map<string, unknown[]>(ids.map((id) => [id, []]));
        for (const row of await this.run(NEIGHBOURS[field], { ids }))
          grouped.get(row.get('id') as string)!.push(map(row.get('n') as NodeMap & Neo4jNode));
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
        grouped.get(row.get('id') as string)!.push({
          type: row.get('type') as string,
          direction: row.get('outgoing') ? 'OUTGOING' : 'INCOMING',
          evidence: row.get('evidence') as string | null,
          other: toEntity(row.get('n') as NodeMap),
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
        const id = row.get('id') as string;
        byId.set(id, this.primeProvenance(id, row.get('parts') as Record<string, unknown>));
      }
      return ids.map((id) => byId.get(id) ?? null);
    });
    return this.provenanceLoader;
  }

  /** Reads the provenance parts of a claim (CLAIM_INCLUDE_FRAGMENTS) and primes every loader they answer. */
  protected primeProvenance(claimKey: string, raw: Record<string, unknown>): ProvenanceParts {
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

  /**
   * Pages of one window for a batch of parents. An entity's lists return each claim's key (their
   * cursors are keyed) and, after a keyed cursor, seek from its key: the same for every entity.
   */
  private pageLoader(page: ClaimPageKey): DataLoader<string, ConnectionModel<ClaimModel>> {
    const loaderKey = pageSlot(page);
    let loader = this.pageLoaders.get(loaderKey);
    if (!loader) {
      const { field, offset, limit } = page;
      const seekKey = seekKeyOf(page);
      const cypher = seekKey && isKeyedList(field) ? KEYED_CLAIM_PAGES[field] : CLAIM_PAGES[field];
      const params = { offset: neo4j.int(offset), limit: neo4j.int(limit), ...(seekKey ? afterKeyParams(seekKey) : {}) };
      loader = new DataLoader(async (ids) => {
        const rows = await this.run(cypher, { ids, ...params });
        const byId = new Map(
          rows.map((r) => [
            r.get('id') as string,
            {
              totalCount: r.get('total') as number,
              nodes: (r.get('page') as NodeMap[]).map(toClaim),
              offset,
              keys: r.has('keys') ? toCursorKeys(r.get('keys') as [string, number, string][]) : undefined,
            },
          ]),
        );
        return ids.map((id) => byId.get(id) ?? { totalCount: 0, nodes: [], offset });
      });
      this.pageLoaders.set(loaderKey, loader);
    }
    return loader;
  }
}

/** The `keys` column of a keyed page (see collectKeys) as the keys its cursors carry. */
export const toCursorKeys = (keys: [string, number, string][]): CursorKey[] =>
  keys.map(([createdAt, seq, id]) => ({ createdAt, seq: Number(seq), id }));
