/**
 * The graph model as the API sees it: plain objects made from Neo4j nodes.
 * These are the codegen "mappers": resolvers receive them as parents.
 */
import type { Node as Neo4jNode } from 'neo4j-driver';
import type { NodeTypeName } from './ids.ts';

type Props = Record<string, unknown>;

/**
 * A node as the read statements return it: one map of its properties (a map projection, see
 * src/graph/read/cypher/projections.ts), with `labels` where the statement does not fix the kind.
 */
export type NodeMap = Props & { labels?: string[] };

export type EntityTypeName = 'Person' | 'Organization' | 'Place' | 'Group';

export interface EntityModel {
  nodeType: EntityTypeName;
  key: string;
  name: string;
  aliases: string[];
  description: string | null;
  kind: string | null;
}

export interface ClaimDate {
  date: string;
  precision: string;
  text: string | null;
}

export interface ClaimModel {
  nodeType: 'Claim';
  key: string;
  articleKey: string;
  text: string;
  quote: string | null;
  kind: string;
  modality: string;
  verb: string;
  /** The words that named the claimants in the claim's sentence ("the agency", "Both"); none for a hand-annotated claim. */
  claimantMentions: string[];
  saidOn: ClaimDate | null;
  refersTo: ClaimDate | null;
  evidence: { start: number; end: number; text: string };
  createdAt: string;
  /** CURATED (hand annotation), EXTRACTED or EDITED; claims stored before origins existed read CURATED. */
  origin: 'CURATED' | 'EXTRACTED' | 'EDITED';
  extractor: { name: string; version: string } | null;
  confidence: number | null;
}

export interface ArticleModel {
  nodeType: 'Article';
  key: string;
  title: string;
  deck: string | null;
  subtitle: string | null;
  url: string | null;
  /** Null when the publication date is unknown. */
  publishedAt: string | null;
  publishedAtText: string | null;
  caption: string | null;
  captionCredit: string | null;
  /** Null when the article was read without its text (a slim projection): Article.text fetches it. */
  text: string | null;
  body: string | null;
  contentHash: string;
}

export interface ChannelModel {
  nodeType: 'Channel';
  key: string;
  name: string;
  medium: string;
}

export type NodeModel = EntityModel | ClaimModel | ArticleModel | ChannelModel;

export interface FigureModel {
  value: number;
  approximate: boolean;
  qualifier: string | null;
  measure: string;
  subject: string;
  text: string;
}

export interface EntityRelationModel {
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  other: EntityModel;
  evidence: string | null;
}

export interface EvidenceModel {
  articleKey: string;
  start: number;
  end: number;
  text: string;
}

export interface ProvenanceStepModel {
  role: 'CLAIMANT' | 'CHANNEL' | 'INTERMEDIARY' | 'AUTHOR' | 'ARTICLE' | 'PUBLISHER';
  node: NodeModel;
}

/** A claim's provenance chain, by part (see CLAIM_PROVENANCE in read/cypher/provenance.ts). */
export interface ProvenanceParts {
  claimants: EntityModel[];
  channel: ChannelModel | null;
  via: EntityModel[];
  article: ArticleModel | null;
  author: EntityModel | null;
  publisher: EntityModel | null;
}

/** A value the request may already hold (primed), or will have once a statement answers. */
export type MaybePromise<T> = T | Promise<T>;

export interface SearchHitModel {
  score: number;
  node: NodeModel;
}

export interface PathStepModel {
  from: NodeModel;
  relationship: string;
  to: NodeModel;
}

export interface PathModel {
  nodes: NodeModel[];
  steps: PathStepModel[];
}

export interface ContradictionModel {
  a: ClaimModel;
  b: ClaimModel;
  type: string;
  reason: string | null;
}

/** Where a claim sits in creation order: the keys of the claim links' index after the anchor. */
export interface CursorKey {
  createdAt: string;
  seq: number;
  id: string;
}

/**
 * One page of a connection; `offset` is the position of nodes[0] in the full list, and `keys`
 * (a keyset page's, one per node) what its cursors carry to seek the next page.
 */
export interface ConnectionModel<T> {
  nodes: T[];
  totalCount: number;
  offset: number;
  keys?: CursorKey[];
}
export type ClaimConnectionModel = ConnectionModel<ClaimModel>;
export type EntityConnectionModel = ConnectionModel<EntityModel>;
export type ArticleConnectionModel = ConnectionModel<ArticleModel>;

export interface IngestResultModel {
  article: ArticleModel;
  claims: ClaimModel[];
  entities: EntityModel[];
  stats: { entitiesNew: number; entitiesMerged: number; claims: number; relations: number; duplicate: boolean; dryRun: boolean };
}

const ENTITY_LABELS: EntityTypeName[] = ['Person', 'Organization', 'Place', 'Group'];

/** A stored property: a primitive, or a Neo4j temporal value, whose toString prints ISO 8601. */
type Printable = string | number | boolean | bigint | { toString(): string };
/** A stored property as text, '' when absent. */
const printed = (v: unknown): string => {
  const value = v as Printable | null | undefined;
  return value == null ? '' : String(value);
};
const str = (p: Props, k: string): string => printed(p[k]);
const optStr = (p: Props, k: string): string | null => (p[k] == null ? null : printed(p[k]));

export function toEntity(p: NodeMap): EntityModel {
  return {
    nodeType: ENTITY_LABELS.find((l) => p.labels?.includes(l)) ?? 'Group',
    key: str(p, 'id'),
    name: str(p, 'name'),
    aliases: (p.aliases as string[] | undefined) ?? [],
    description: optStr(p, 'description'),
    kind: optStr(p, 'kind'),
  };
}

/** `saidOn` + `saidOnPrecision` + `saidOnText` (likewise `refersTo…`) as one value. */
const claimDate = (p: Props, name: 'saidOn' | 'refersTo'): ClaimDate | null =>
  p[name] == null ? null : { date: printed(p[name]), precision: str(p, `${name}Precision`), text: optStr(p, `${name}Text`) };

export function toClaim(p: NodeMap): ClaimModel {
  const key = str(p, 'id');
  const [, articleId] = key.split('/');
  return {
    nodeType: 'Claim',
    key,
    articleKey: `article/${articleId}`,
    text: str(p, 'text'),
    quote: optStr(p, 'quote'),
    kind: str(p, 'kind'),
    modality: str(p, 'modality'),
    verb: str(p, 'verb'),
    claimantMentions: Array.isArray(p.claimantMentions) ? p.claimantMentions.map(String) : [],
    saidOn: claimDate(p, 'saidOn'),
    refersTo: claimDate(p, 'refersTo'),
    evidence: { start: Number(p.evidenceStart), end: Number(p.evidenceEnd), text: str(p, 'evidenceText') },
    createdAt: printed(p.createdAt),
    origin: (optStr(p, 'origin') ?? 'CURATED') as ClaimModel['origin'],
    extractor: p.extractorName == null ? null : { name: str(p, 'extractorName'), version: str(p, 'extractorVersion') },
    confidence: p.confidence == null ? null : Number(p.confidence),
  };
}

export function toArticle(p: NodeMap): ArticleModel {
  return {
    nodeType: 'Article',
    key: str(p, 'id'),
    title: str(p, 'title'),
    deck: optStr(p, 'deck'),
    subtitle: optStr(p, 'subtitle'),
    url: optStr(p, 'url'),
    publishedAt: p.publishedAt == null ? null : printed(p.publishedAt),
    publishedAtText: optStr(p, 'publishedAtText'),
    caption: optStr(p, 'caption'),
    captionCredit: optStr(p, 'captionCredit'),
    text: p.text === undefined ? null : str(p, 'text'),
    body: p.body === undefined ? null : str(p, 'body'),
    contentHash: str(p, 'contentHash'),
  };
}

export function toChannel(p: NodeMap): ChannelModel {
  return { nodeType: 'Channel', key: str(p, 'id'), name: str(p, 'name'), medium: str(p, 'medium') };
}

export function toFigure(node: Neo4jNode): FigureModel {
  const p = node.properties;
  return {
    value: Number(p.value),
    approximate: Boolean(p.approximate),
    qualifier: optStr(p, 'qualifier'),
    measure: str(p, 'measure'),
    subject: str(p, 'subject'),
    text: str(p, 'text'),
  };
}

/** Any API-visible node, by its labels. */
export function toNode(node: NodeMap): NodeModel {
  const labels = node.labels ?? [];
  if (labels.includes('Entity')) return toEntity(node);
  if (labels.includes('Claim')) return toClaim(node);
  if (labels.includes('Article')) return toArticle(node);
  if (labels.includes('Channel')) return toChannel(node);
  throw new Error(`not an API node: ${labels.join(':')}`);
}

/** The reader of each kind of node, for statements that return one kind. */
export const NODE_READERS = { Entity: toEntity, Claim: toClaim, Article: toArticle, Channel: toChannel } as const;

export const isEntityType = (t: NodeTypeName): t is EntityTypeName => (ENTITY_LABELS as string[]).includes(t);
