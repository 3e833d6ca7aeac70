/**
 * The graph the loader (load-annotation.ts) would write for a sequence of annotations, as CSV files
 * for Neo4j's offline importer (`neo4j-admin database import full`, bench/neo4j-import.ts).
 *
 * The loader's statements are folded here, in corpus order, over the same rows (annotation-rows.ts):
 * MERGE on the stable keys, `SET +=` (a null removes the key), the entity merge (labels added, kind
 * and description coalesced, aliases accumulated, lookup and aliasText derived), relationships
 * MERGEd once per (start, type, end), a relationship to an entity or channel only when it exists,
 * and the claim links' order copies (CLAIM_LINK_ORDER). `createdAt` follows the bulk loader: one
 * timestamp per batch of `batchSize` articles (its transaction), increasing batch by batch, so claim
 * pages in creation order list the same claims in the same order as after `bulkLoad`. The importer
 * writes a fresh database only (an article seen twice is refused); the schema is applied after it.
 *
 * Numbers are written as `double`: the driver sends JavaScript numbers as Cypher floats.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '../annotation.ts';
import { toGraphRows, type GraphRows } from './annotation-rows.ts';
import { col, CsvFile, valuesOf, type Column, type Props } from './import-csv-file.ts';

export { ARRAY_DELIMITER } from './import-csv-file.ts';

const ARTICLE_PROPS: Column[] = [
  ...['title', 'deck', 'subtitle', 'url', 'publishedAtText', 'caption', 'captionCredit', 'text', 'body', 'contentHash'].map((n) =>
    col(n, 'string'),
  ),
  col('contentHashVersion', 'double'),
];
const CLAIM_PROPS: Column[] = [
  col('seq', 'double'),
  ...['text', 'quote', 'kind', 'modality', 'verb', 'saidOnPrecision', 'saidOnText', 'refersToPrecision', 'refersToText'].map((n) =>
    col(n, 'string'),
  ),
  col('claimantMentions', 'string[]'),
  col('evidenceStart', 'double'),
  col('evidenceEnd', 'double'),
  col('evidenceText', 'string'),
  col('origin', 'string'),
  col('confidence', 'double'),
  col('extractorName', 'string'),
  col('extractorVersion', 'string'),
];
const FIGURE_PROPS: Column[] = [
  col('id', 'string'),
  col('value', 'double'),
  col('approximate', 'boolean'),
  ...['qualifier', 'measure', 'subject', 'text'].map((n) => col(n, 'string')),
];
const ENTITY_RELATION_PROPS: Column[] = [
  col('article', 'string'),
  col('evidence', 'string'),
  col('evidenceStart', 'double'),
  col('evidenceEnd', 'double'),
];

/** `SET r += props`: a null value removes the key. */
interface Relationship {
  from: string;
  type: string;
  to: string;
  props: Props;
}

/** One relationship per (start, type, end), later rows' properties set over earlier ones, as MERGE … SET += does. */
function mergeRelationship(into: Map<string, Relationship>, row: Relationship): void {
  const key = `${row.from}\n${row.type}\n${row.to}`;
  const rel = into.get(key) ?? { from: row.from, type: row.type, to: row.to, props: {} };
  assignProps(rel.props, row.props);
  into.set(key, rel);
}

function assignProps(target: Props, props: Props): Props {
  for (const [k, v] of Object.entries(props)) {
    if (v === null) delete target[k];
    else target[k] = v;
  }
  return target;
}

interface EntityState {
  labels: Set<string>;
  name: string;
  kind: string | null;
  description: string | null;
  aliases: string[];
  createdAt: string;
}

interface ChannelState {
  name: string;
  medium: string;
  operator: string | null;
  platform: string | null;
  createdAt: string;
}

/** One importer input: a label or type given on the command line (or none: `:LABEL`/`:TYPE` columns), and its file. */
export interface ImportInput {
  kind: 'nodes' | 'relationships';
  file: string;
}

export interface ImportFiles {
  inputs: ImportInput[];
  articles: number;
  claims: number;
  nodes: number;
  relationships: number;
}

export interface ImportCsvOptions {
  /** Articles per `createdAt` timestamp (the online loader's batch). */
  batchSize?: number;
  /** The first batch's timestamp; each next batch's is 1 ms later. */
  startedAt?: Date;
}

/** The files written article by article (the rest at the end, when the merged state is final). */
type Streamed =
  'articles' | 'claims' | 'figures' | 'appearsIn' | 'articleLinks' | 'claimEntityLinks' | 'claimChannels' | 'hasFigure' | 'claimRelations';

export class ImportCsvWriter {
  private readonly batchSize: number;
  private readonly startedAt: number;
  private readonly entities = new Map<string, EntityState>();
  private readonly channels = new Map<string, ChannelState>();
  private readonly claimIds = new Set<string>();
  private readonly articleIds = new Set<string>();
  /** Entity relations are MERGEd across articles: (from, type, to) → props. */
  private readonly entityRelations = new Map<string, Relationship>();
  private readonly files: Record<Streamed, CsvFile>;
  private articles = 0;
  private claims = 0;

  constructor(
    readonly dir: string,
    options: ImportCsvOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 50;
    this.startedAt = (options.startedAt ?? new Date()).getTime();
    mkdirSync(dir, { recursive: true });
    const file = (name: string, header: string[]) => new CsvFile(join(dir, `${name}.csv`), header);
    this.files = {
      articles: file('articles', [
        'id:ID(Article)',
        ':LABEL',
        ...ARTICLE_PROPS.map((c) => c.header),
        'publishedAt:datetime',
        'createdAt:datetime',
      ]),
      claims: file('claims', [
        'id:ID(Claim)',
        ':LABEL',
        ...CLAIM_PROPS.map((c) => c.header),
        'saidOn:date',
        'refersTo:date',
        'createdAt:datetime',
      ]),
      figures: file('figures', ['id:ID(Figure)', ':LABEL', ...FIGURE_PROPS.slice(1).map((c) => c.header)]),
      appearsIn: file('appears-in', [':START_ID(Claim)', ':END_ID(Article)', ':TYPE']),
      articleLinks: file('article-links', [':START_ID(Article)', ':END_ID(Entity)', ':TYPE', 'order:double']),
      claimEntityLinks: file('claim-entity-links', [
        ':START_ID(Claim)',
        ':END_ID(Entity)',
        ':TYPE',
        'order:double',
        'anchor',
        'createdAt:datetime',
        'seq:double',
        'claim',
      ]),
      claimChannels: file('claim-channels', [':START_ID(Claim)', ':END_ID(Channel)', ':TYPE']),
      hasFigure: file('has-figure', [':START_ID(Claim)', ':END_ID(Figure)', ':TYPE']),
      claimRelations: file('claim-relations', [':START_ID(Claim)', ':END_ID(Claim)', ':TYPE', 'reason']),
    };
  }

  /** Adds the next annotation of the corpus (a new article). */
  add(annotation: Annotation): void {
    this.addRows(toGraphRows(annotation));
  }

  addRows(rows: GraphRows): void {
    const articleId = rows.article.id;
    if (this.articleIds.has(articleId)) throw new Error(`${articleId} appears twice: the CSV importer writes a fresh database`);
    this.articleIds.add(articleId);
    const createdAt = new Date(this.startedAt + Math.floor(this.articles / this.batchSize)).toISOString();
    this.articles++;
    const f = this.files;

    const articleProps = assignProps({}, rows.article.props);
    f.articles.write([
      articleId,
      rows.article.publishedAt === null ? ['Article', 'Undated'] : ['Article'],
      ...valuesOf(articleProps, ARTICLE_PROPS, 'article'),
      rows.article.publishedAt,
      createdAt,
    ]);

    for (const e of rows.entities) this.mergeEntity(e, createdAt);

    const articleLinks = new Map<string, { type: string; to: string; props: Props }>();
    for (const l of rows.articleLinks) {
      if (!this.entities.has(l.to)) continue;
      const key = `${l.type}\n${l.to}`;
      const link = articleLinks.get(key) ?? { type: l.type, to: l.to, props: {} };
      assignProps(link.props, l.props);
      articleLinks.set(key, link);
    }
    for (const l of articleLinks.values()) f.articleLinks.write([articleId, l.to, l.type, l.props.order ?? null]);

    for (const ch of rows.channels) {
      const existing = this.channels.get(ch.id);
      this.channels.set(ch.id, {
        name: ch.name,
        medium: ch.medium,
        // The statement replaces the channel's links with the ones whose entity exists now.
        operator: ch.operator && this.entities.has(ch.operator) ? ch.operator : null,
        platform: ch.platform && this.entities.has(ch.platform) ? ch.platform : null,
        createdAt: existing?.createdAt ?? createdAt,
      });
    }

    const seqOf = new Map<string, number>();
    for (const c of rows.claims) {
      if (this.claimIds.has(c.id)) throw new Error(`${c.id} appears twice: the CSV importer writes a fresh database`);
      this.claimIds.add(c.id);
      this.claims++;
      const props = assignProps({}, c.props);
      seqOf.set(c.id, props.seq as number);
      f.claims.write([c.id, ['Claim'], ...valuesOf(props, CLAIM_PROPS, 'claim'), c.saidOn, c.refersTo, createdAt]);
      f.appearsIn.write([c.id, articleId, 'APPEARS_IN']);
    }

    const claimLinks = new Map<string, Relationship>();
    for (const l of rows.claimEntityLinks) {
      if (this.claimIds.has(l.from) && this.entities.has(l.to)) mergeRelationship(claimLinks, l);
    }
    for (const l of claimLinks.values()) {
      // CLAIM_LINK_ORDER: r.anchor = e.id, r.createdAt = c.createdAt, r.seq = c.seq, r.claim = c.id
      f.claimEntityLinks.write([l.from, l.to, l.type, l.props.order ?? null, l.to, createdAt, seqOf.get(l.from) ?? null, l.from]);
    }

    const claimChannels = new Set<string>();
    for (const l of rows.claimChannels) {
      if (!this.claimIds.has(l.from) || !this.channels.has(l.to) || claimChannels.has(`${l.from}\n${l.to}`)) continue;
      claimChannels.add(`${l.from}\n${l.to}`);
      f.claimChannels.write([l.from, l.to, 'VIA_CHANNEL']);
    }

    for (const fig of rows.figures) {
      if (!this.claimIds.has(fig.claimId)) continue;
      const props = assignProps({}, fig.props);
      const [id, ...rest] = valuesOf(props, FIGURE_PROPS, 'figure');
      f.figures.write([id, ['Figure'], ...rest]);
      f.hasFigure.write([fig.claimId, id, 'HAS_FIGURE']);
    }

    for (const r of rows.entityRelations) {
      if (this.entities.has(r.from) && this.entities.has(r.to)) mergeRelationship(this.entityRelations, r);
    }

    const claimRelations = new Map<string, Relationship>();
    for (const r of rows.claimRelations) {
      if (this.claimIds.has(r.from) && this.claimIds.has(r.to)) mergeRelationship(claimRelations, r);
    }
    for (const r of claimRelations.values()) f.claimRelations.write([r.from, r.to, r.type, r.props.reason ?? null]);
  }

  /** The `entities` statement, row by row. */
  private mergeEntity(e: GraphRows['entities'][number], createdAt: string): void {
    const n = this.entities.get(e.id) ?? {
      labels: new Set<string>(['Entity']),
      name: e.name,
      kind: null,
      description: null,
      aliases: [],
      createdAt,
    };
    n.labels.add(e.type);
    n.kind = e.kind ?? n.kind;
    n.description = n.description ?? e.description;
    const aliases: string[] = [];
    for (const x of [...n.aliases, e.name, ...e.aliases]) if (x !== n.name && !aliases.includes(x)) aliases.push(x);
    n.aliases = aliases;
    this.entities.set(e.id, n);
  }

  /** Writes the nodes and relationships known only at the end (entities, channels, merged relations) and closes every file. */
  finish(): ImportFiles {
    const entities = new CsvFile(join(this.dir, 'entities.csv'), [
      'id:ID(Entity)',
      ':LABEL',
      'name',
      'kind',
      'description',
      'aliases:string[]',
      'lookup',
      'aliasText',
      'createdAt:datetime',
    ]);
    for (const [id, n] of this.entities) {
      const lookup = n.aliases.reduce((s, x) => s + x.toLowerCase() + '|', '|' + n.name.toLowerCase() + '|');
      const aliasText = n.aliases.reduce((s, x) => s + x + ' ; ', '');
      entities.write([id, [...n.labels], n.name, n.kind, n.description, n.aliases, lookup, aliasText, n.createdAt]);
    }
    const channels = new CsvFile(join(this.dir, 'channels.csv'), ['id:ID(Channel)', ':LABEL', 'name', 'medium', 'createdAt:datetime']);
    const channelLinks = new CsvFile(join(this.dir, 'channel-links.csv'), [':START_ID(Channel)', ':END_ID(Entity)', ':TYPE']);
    for (const [id, c] of this.channels) {
      channels.write([id, ['Channel'], c.name, c.medium, c.createdAt]);
      if (c.operator) channelLinks.write([id, c.operator, 'OPERATED_BY']);
      if (c.platform) channelLinks.write([id, c.platform, 'HOSTED_ON']);
    }
    const entityRelations = new CsvFile(join(this.dir, 'entity-relations.csv'), [
      ':START_ID(Entity)',
      ':END_ID(Entity)',
      ':TYPE',
      ...ENTITY_RELATION_PROPS.map((c) => c.header),
    ]);
    for (const r of this.entityRelations.values()) {
      entityRelations.write([r.from, r.to, r.type, ...valuesOf(r.props, ENTITY_RELATION_PROPS, 'entity relation')]);
    }
    const all = { ...this.files, entities, channels, channelLinks, entityRelations };
    for (const file of Object.values<CsvFile>(all)) file.close();
    const nodeFiles = [all.articles, all.claims, all.figures, entities, channels];
    const relFiles = [
      all.appearsIn,
      all.articleLinks,
      all.claimEntityLinks,
      all.claimChannels,
      all.hasFigure,
      all.claimRelations,
      channelLinks,
      entityRelations,
    ];
    return {
      inputs: [
        ...nodeFiles.map((x) => ({ kind: 'nodes' as const, file: x.path })),
        ...relFiles.map((x) => ({ kind: 'relationships' as const, file: x.path })),
      ],
      articles: this.articles,
      claims: this.claims,
      nodes: nodeFiles.reduce((n, x) => n + x.rows, 0),
      relationships: relFiles.reduce((n, x) => n + x.rows, 0),
    };
  }
}
