/**
 * The API models of an annotation that is not in the database (a dry-run ingest), primed into a
 * request's GraphSource so that every Claim, Article and Entity field resolves exactly as it
 * would after writing, without writing.
 */
import type { Annotation } from '../annotation.ts';
import { toGraphRows } from '../write/annotation-rows.ts';
import type { GraphSource } from './graph-source.ts';
import type { NeighbourField } from './cypher/neighbours.ts';
import type { ArticleModel, ChannelModel, ClaimModel, EntityModel, EntityRelationModel, FigureModel } from '../model.ts';

export interface AnnotationModels {
  article: ArticleModel;
  claims: ClaimModel[];
  entities: EntityModel[];
}

export function primeAnnotation(graph: GraphSource, annotation: Annotation, createdAt = new Date().toISOString()): AnnotationModels {
  const rows = toGraphRows(annotation);
  const a = rows.article;
  const article: ArticleModel = {
    nodeType: 'Article',
    key: a.id,
    publishedAt: a.publishedAt,
    title: String(a.props.title),
    deck: (a.props.deck as string | null) ?? null,
    subtitle: (a.props.subtitle as string | null) ?? null,
    url: (a.props.url as string | null) ?? null,
    publishedAtText: (a.props.publishedAtText as string | null) ?? null,
    caption: (a.props.caption as string | null) ?? null,
    captionCredit: (a.props.captionCredit as string | null) ?? null,
    text: String(a.props.text),
    body: String(a.props.body),
    contentHash: String(a.props.contentHash),
  };
  const entities = new Map<string, EntityModel>(
    rows.entities.map((e) => [
      e.id,
      {
        nodeType: e.type as EntityModel['nodeType'],
        key: e.id,
        name: e.name,
        aliases: e.aliases,
        description: e.description,
        kind: e.kind,
      },
    ]),
  );
  const channels = new Map<string, ChannelModel>(
    rows.channels.map((c) => [c.id, { nodeType: 'Channel', key: c.id, name: c.name, medium: c.medium }]),
  );
  const claims = new Map<string, ClaimModel>(
    rows.claims.map((c) => [
      c.id,
      {
        nodeType: 'Claim',
        key: c.id,
        articleKey: a.id,
        text: String(c.props.text),
        quote: (c.props.quote as string | null) ?? null,
        kind: String(c.props.kind),
        modality: String(c.props.modality),
        verb: String(c.props.verb),
        claimantMentions: (c.props.claimantMentions as string[] | null) ?? [],
        saidOn: c.saidOn
          ? { date: c.saidOn, precision: String(c.props.saidOnPrecision), text: (c.props.saidOnText as string | null) ?? null }
          : null,
        refersTo: c.refersTo
          ? { date: c.refersTo, precision: String(c.props.refersToPrecision), text: (c.props.refersToText as string | null) ?? null }
          : null,
        evidence: { start: Number(c.props.evidenceStart), end: Number(c.props.evidenceEnd), text: String(c.props.evidenceText) },
        createdAt,
        origin: String(c.props.origin) as ClaimModel['origin'],
        extractor:
          c.props.extractorName == null ? null : { name: String(c.props.extractorName), version: String(c.props.extractorVersion) },
        confidence: c.props.confidence == null ? null : Number(c.props.confidence),
      },
    ]),
  );

  graph.primeNode('Article', article);
  for (const e of entities.values()) graph.primeNode('Entity', e);
  for (const c of channels.values()) graph.primeNode('Channel', c);
  for (const c of claims.values()) graph.primeNode('Claim', c);

  // Every one-hop field of the new nodes, grouped by parent in the order the loader would return.
  const lists = new Map<string, unknown[]>();
  const add = (field: NeighbourField, key: string, value: unknown) => {
    const id = `${field}\u0000${key}`;
    if (!lists.has(id)) lists.set(id, []);
    if (value !== undefined) lists.get(id)!.push(value);
  };
  for (const c of claims.values()) {
    for (const field of [
      'claimClaimants',
      'claimMentions',
      'claimReportedVia',
      'claimChannel',
      'claimFigures',
      'claimContradicts',
      'claimDisputes',
      'claimDisputedBy',
    ] as const) {
      add(field, c.key, undefined);
    }
  }
  const linkField = { CLAIMED_BY: 'claimClaimants', MENTIONS: 'claimMentions', REPORTED_VIA: 'claimReportedVia' } as const;
  for (const l of rows.claimEntityLinks) add(linkField[l.type as keyof typeof linkField], l.from, entities.get(l.to));
  for (const l of rows.claimChannels) add('claimChannel', l.from, channels.get(l.to));
  for (const f of rows.figures) add('claimFigures', f.claimId, toFigureModel(f.props));
  for (const r of rows.claimRelations) {
    if (r.type === 'CONTRADICTS') {
      add('claimContradicts', r.from, claims.get(r.to));
      add('claimContradicts', r.to, claims.get(r.from));
    } else if (r.type === 'DISPUTES') {
      add('claimDisputes', r.from, claims.get(r.to));
      add('claimDisputedBy', r.to, claims.get(r.from));
    }
  }
  for (const field of ['articleAuthor', 'articlePublisher', 'articleCites', 'articleImageCredits', 'articleEntities'] as const)
    add(field, a.id, undefined);
  const articleField = {
    WRITTEN_BY: 'articleAuthor',
    PUBLISHED_BY: 'articlePublisher',
    CITES: 'articleCites',
    IMAGE_CREDIT: 'articleImageCredits',
    MENTIONS: 'articleEntities',
  } as const;
  for (const l of rows.articleLinks) add(articleField[l.type as keyof typeof articleField], a.id, entities.get(l.to));
  for (const c of channels.values()) {
    const row = rows.channels.find((r) => r.id === c.key)!;
    add('channelOperator', c.key, row.operator ? entities.get(row.operator) : undefined);
    add('channelPlatform', c.key, row.platform ? entities.get(row.platform) : undefined);
  }
  for (const [id, values] of lists) {
    const [field, key] = id.split('\u0000') as [NeighbourField, string];
    graph.primeNeighbours(field, key, values);
  }

  const relations = new Map<string, EntityRelationModel[]>([...entities.keys()].map((k) => [k, []]));
  for (const r of rows.entityRelations) {
    const [from, to] = [entities.get(r.from)!, entities.get(r.to)!];
    const evidence = (r.props.evidence as string | null) ?? null;
    relations.get(r.from)!.push({ type: r.type, direction: 'OUTGOING', other: to, evidence });
    relations.get(r.to)!.push({ type: r.type, direction: 'INCOMING', other: from, evidence });
  }
  for (const [key, list] of relations) graph.primeRelations(key, list);

  return { article, claims: [...claims.values()], entities: [...entities.values()] };
}

function toFigureModel(p: Record<string, unknown>): FigureModel {
  return {
    value: Number(p.value),
    approximate: Boolean(p.approximate),
    qualifier: (p.qualifier as string | null) ?? null,
    measure: String(p.measure),
    subject: String(p.subject),
    text: String(p.text),
  };
}
