/**
 * Turns an Annotation (local ids, nested records) into the flat parameter rows that the
 * loader's UNWIND statements consume (global node keys, one row per node or relationship).
 */
import { createHash } from 'node:crypto';
import type { Annotation } from '../annotation.ts';
import { articleKey, channelKey, claimKey } from '../ids.ts';

type Props = Record<string, string | number | boolean | string[] | null>;
interface Link {
  from: string;
  type: string;
  to: string;
  props: Props;
}

export interface GraphRows {
  article: { id: string; publishedAt: string | null; props: Props };
  entities: { id: string; type: string; kind: string | null; name: string; aliases: string[]; description: string | null }[];
  channels: { id: string; name: string; medium: string; operator: string | null; platform: string | null }[];
  claims: { id: string; saidOn: string | null; refersTo: string | null; props: Props }[];
  claimIds: string[];
  articleLinks: Omit<Link, 'from'>[];
  claimEntityLinks: Link[];
  claimChannels: Omit<Link, 'type' | 'props'>[];
  figures: { claimId: string; props: Props }[];
  entityRelations: Link[];
  claimRelations: Link[];
}

/**
 * What makes two texts the same article: Unicode NFC, every run of whitespace (line endings
 * included) one space, no leading or trailing whitespace.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Stored with every article hash; older hashes (of the raw text) are redone at start-up (src/graph/migrations.ts). */
export const CONTENT_HASH_VERSION = 2;

/** SHA-256 of the normalised text: the same article with one more newline has the same hash. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeText(text), 'utf8').digest('hex');
}

/** The article text with its boilerplate spans cut out. */
export function articleBody(a: Annotation): string {
  const spans = [...a.article.boilerplate].sort((x, y) => x.start - y.start);
  let body = '';
  let at = 0;
  for (const s of spans) {
    body += a.text.slice(at, s.start);
    at = Math.max(at, s.end);
  }
  return (body + a.text.slice(at)).trim();
}

export function toGraphRows(a: Annotation): GraphRows {
  const article = a.article;
  const articleId = articleKey(article.id);
  const claimId = (local: string) => claimKey(article.id, local);

  const articleLinks: GraphRows['articleLinks'] = [
    ...(article.author ? [{ type: 'WRITTEN_BY', to: article.author, props: {} }] : []),
    ...(article.publisher ? [{ type: 'PUBLISHED_BY', to: article.publisher, props: {} }] : []),
    ...article.cites.map((to, order) => ({ type: 'CITES', to, props: { order } })),
    ...(article.caption?.creditedTo ?? []).map((to, order) => ({ type: 'IMAGE_CREDIT', to, props: { order } })),
    ...a.entities.map((e) => ({ type: 'MENTIONS', to: e.id, props: {} })),
  ];

  const claimEntityLinks: Link[] = a.claims.flatMap((c) => [
    ...c.claimants.map((to, order) => ({ from: claimId(c.id), type: 'CLAIMED_BY', to, props: { order } })),
    ...c.mentions.map((to) => ({ from: claimId(c.id), type: 'MENTIONS', to, props: {} })),
    ...c.via.map((to, order) => ({ from: claimId(c.id), type: 'REPORTED_VIA', to, props: { order } })),
  ]);

  return {
    article: {
      id: articleId,
      publishedAt: article.publishedAt ?? null,
      props: {
        title: article.title,
        deck: article.deck ?? null,
        subtitle: article.subtitle ?? null,
        url: article.url ?? null,
        publishedAtText: article.publishedAtText ?? null,
        caption: article.caption?.span.text ?? null,
        captionCredit: article.caption?.credit ?? null,
        text: a.text,
        body: articleBody(a),
        contentHash: contentHash(a.text),
        contentHashVersion: CONTENT_HASH_VERSION,
      },
    },
    entities: a.entities.map((e) => ({
      id: e.id,
      type: e.type,
      kind: e.kind ?? null,
      name: e.name,
      aliases: e.aliases,
      description: e.description ?? null,
    })),
    channels: a.channels.map((c) => ({
      id: channelKey(c.id),
      name: c.name,
      medium: c.medium,
      operator: c.operator ?? null,
      platform: c.platform ?? null,
    })),
    claims: a.claims.map((c, seq) => ({
      id: claimId(c.id),
      saidOn: c.saidOn?.date ?? null,
      refersTo: c.refersTo?.date ?? null,
      props: {
        seq,
        text: c.text,
        quote: c.quote ?? null,
        claimantMentions: c.claimantMentions ?? null,
        kind: c.kind,
        modality: c.modality,
        verb: c.verb,
        saidOnPrecision: c.saidOn?.precision ?? null,
        saidOnText: c.saidOn?.text ?? null,
        refersToPrecision: c.refersTo?.precision ?? null,
        refersToText: c.refersTo?.text ?? null,
        evidenceStart: c.evidence.start,
        evidenceEnd: c.evidence.end,
        evidenceText: c.evidence.text,
        origin: c.origin ?? (a.extractor ? 'EXTRACTED' : 'CURATED'),
        confidence: c.confidence ?? null,
        extractorName: a.extractor?.name ?? null,
        extractorVersion: a.extractor?.version ?? null,
      },
    })),
    claimIds: a.claims.map((c) => claimId(c.id)),
    articleLinks,
    claimEntityLinks,
    claimChannels: a.claims.filter((c) => c.channel).map((c) => ({ from: claimId(c.id), to: channelKey(c.channel!) })),
    figures: a.claims.flatMap((c) =>
      c.figures.map((f, i) => ({
        claimId: claimId(c.id),
        props: {
          id: `${claimId(c.id)}#f${i}`,
          value: f.value,
          approximate: f.approximate,
          qualifier: f.qualifier ?? null,
          measure: f.measure,
          subject: f.subject,
          text: f.text,
        },
      })),
    ),
    entityRelations: a.relations.map((r) => ({
      from: r.from,
      type: r.type,
      to: r.to,
      props: {
        article: articleId,
        evidence: r.evidence?.text ?? null,
        evidenceStart: r.evidence?.start ?? null,
        evidenceEnd: r.evidence?.end ?? null,
      },
    })),
    claimRelations: a.claimRelations.map((r) => ({
      from: claimId(r.from),
      type: r.type,
      to: claimId(r.to),
      props: { reason: r.reason },
    })),
  };
}
