/**
 * Text → provenance graph. The entry point of the automatic ingest: cleans the page,
 * finds names, attributes claims to speakers and outlets, and returns an `Annotation`
 * whose offsets point into the text exactly as received.
 */
import type { Annotation, AnnotatedArticle } from '../graph/annotation.ts';
import { Discourse } from './anaphora.ts';
import { finalizeClaim } from './claim-fields.ts';
import { assignVia, joinQuotedSentences, paragraphClaims, type DraftClaim } from './claims.ts';
import { captionClaim } from './caption.ts';
import { disputes } from './disputes.ts';
import { findChannels } from './channels.ts';
import { splitByMeasure } from './figures.ts';
import { boilerplateBlocks, contentParagraphs, inlinePrompts, splitLines, type Line } from './clean.ts';
import { parsePublished, publishedFromIso, type Published } from './dates.ts';
import { isOutlet, lookupKnown } from './gazetteer.ts';
import { parseHeader } from './header.ts';
import { registerNames, type FoundRelation, type NameContext } from './names.ts';
import { pairQuotes } from './quotes.ts';
import { EntityRegistry, type EntityRecord } from './registry.ts';
import { capitalRelations, contradictions } from './relations.ts';
import { tokenize } from './sentences.ts';
import { shortHash, slugify } from './slug.ts';
import type { SpeakerContext } from './speakers.ts';
import type { Paragraph, TextSpan } from './types.ts';

export interface ArticleMeta {
  title?: string;
  url?: string;
  /** ISO 8601 with offset. */
  publishedAt?: string;
  /** Publisher name. */
  outlet?: string;
  author?: string;
}

/** Used when neither the caller nor the text gives a publication time (the schema requires one). */
const UNKNOWN_PUBLICATION = '1970-01-01T00:00:00+00:00';

export function extractAnnotation(text: string, meta: ArticleMeta = {}): Annotation {
  const lines = splitLines(text);
  const header = parseHeader(lines);
  const body = contentParagraphs(lines, header?.bodyLine ?? 0);
  const prompts = inlinePrompts(text, body);
  const headlines = [header?.title, header?.deck, header?.subtitle].filter((l): l is Line => l !== undefined);
  const extra: Paragraph[] = [...headlines, ...(header?.caption ? [header.caption] : [])];
  const { tokens, sentences } = tokenize(text, [...body, ...extra]);
  const bodySentences = sentences.filter((s) => s.paragraph < body.length && !prompts.some((p) => p.start <= s.start && s.end <= p.end));

  const registry = new EntityRegistry();
  const relations: FoundRelation[] = [];
  const midSentenceWords = new Set<string>();
  for (const s of bodySentences) for (let k = s.from + 1; k < s.to; k++) if (/^[A-Z]/.test(tokens[k]!.text)) midSentenceWords.add(tokens[k]!.text);
  const names: NameContext = { text, tokens, registry, relations, midSentenceWords };
  for (const s of sentences) if (s.paragraph >= body.length + headlines.length) registerNames(names, s);
  for (const s of bodySentences) registerNames(names, s);
  for (const s of sentences) if (s.paragraph >= body.length && s.paragraph < body.length + headlines.length) registerNames(names, s, true);

  const discourse = new Discourse(registry);
  const ctx: SpeakerContext = { text, tokens, registry, discourse, relations };
  const drafts: DraftClaim[] = [];
  body.forEach((paragraph, p) => {
    const quotes = pairQuotes(text, paragraph);
    const units = joinQuotedSentences(bodySentences.filter((s) => s.paragraph === p), quotes);
    drafts.push(...paragraphClaims(ctx, p, units, quotes, drafts.filter((d) => d.paragraph >= 0).at(-1)));
  });

  drafts.sort((x, y) => x.evidence.start - y.evidence.start);
  for (const d of drafts) {
    d.claimants = [...new Set(d.claimants.map((r) => registry.canonical(r)))];
    d.via = [...new Set(d.via.map((r) => registry.canonical(r)))];
  }
  assignVia(drafts, text);
  if (header?.caption && header.credit) {
    const claim = captionClaim(text, header.caption, header.credit, registry);
    if (claim) drafts.unshift(claim);
  }
  const channels = findChannels(text, drafts, registry);
  const published = meta.publishedAt ? publishedFromIso(meta.publishedAt) : header?.postedText ? parsePublished(header.postedText) : undefined;
  const claims = drafts
    .filter((d) => d.claimants.length > 0 && d.content.end > d.content.start)
    .flatMap((d) => splitByMeasure(finalizeClaim(d, 'c00', text, registry, published), text))
    .map((c, i) => ({ ...c, id: `c${String(i + 1).padStart(2, '0')}` }));

  const article = buildArticle(text, meta, header, registry, published, drafts, [...boilerplateBlocks(lines), ...prompts]);
  relations.push(...capitalRelations(text, registry));
  for (const r of relations) {
    r.from = registry.canonicalId(r.from);
    r.to = registry.canonicalId(r.to);
  }
  const used = collectUsed(claims, article, relations);
  for (const ch of channels) for (const id of [ch.operator, ch.platform]) if (id) used.add(id);
  return {
    article,
    text,
    entities: registry
      .all()
      .filter((r) => used.has(r.id) || r.mentions.length > 0)
      .map((r) => ({
        id: r.id,
        type: r.type,
        ...(r.type === 'Organization' ? { kind: r.kind ?? 'OTHER' } : {}),
        name: r.name,
        aliases: [...r.aliases],
        ...(r.description ? { description: r.description } : {}),
      })),
    channels,
    claims,
    relations: dedupeRelations(relations).map((r) => ({ from: r.from, type: r.type, to: r.to, ...(r.evidence ? { evidence: { ...r.evidence, text: text.slice(r.evidence.start, r.evidence.end) } } : {}) })),
    claimRelations: [...contradictions(claims), ...disputes(claims, registry)],
  };
}

function buildArticle(
  text: string,
  meta: ArticleMeta,
  header: ReturnType<typeof parseHeader>,
  registry: EntityRegistry,
  published: Published | undefined,
  drafts: DraftClaim[],
  boilerplate: TextSpan[],
): AnnotatedArticle {
  const title = meta.title ?? header?.title?.text ?? firstWords(text);
  const article: AnnotatedArticle = {
    id: `${slugify(title).split('-').slice(0, 8).join('-') || 'article'}-${shortHash(text, 6)}`,
    title,
    publishedAt: published?.iso ?? UNKNOWN_PUBLICATION,
    cites: [],
    boilerplate: boilerplate.filter((b) => b.end > b.start).map((b) => ({ ...b, text: text.slice(b.start, b.end) })),
  };
  if (header?.deck) article.deck = header.deck.text;
  if (header?.subtitle) article.subtitle = header.subtitle.text;
  if (meta.url) article.url = meta.url;
  if (header?.postedText && !meta.publishedAt) article.publishedAtText = header.postedText;
  const authorName = meta.author ?? header?.author;
  if (authorName) article.author = registry.add({ name: authorName, type: 'Person', description: 'author' }).id;
  const publisherName = meta.outlet ?? header?.publisher;
  if (publisherName) {
    const known = lookupKnown(publisherName);
    article.publisher = registry.add(known ? { name: known.name, type: 'Organization', kind: known.kind, aliases: known.aliases } : { name: publisherName, type: 'Organization', kind: 'MEDIA' }).id;
  }
  if (header?.caption && header.credit) {
    const creditedTo = header.credit.text
      .split(/\s+via\s+|\/|;/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => creditEntity(registry, part).id);
    article.caption = { span: { start: header.caption.start, end: header.caption.end, text: header.caption.text }, credit: header.credit.text, creditedTo };
  }
  const cited = new Set<EntityRecord>();
  for (const d of drafts) for (const r of [...d.via, ...d.claimants]) if (isOutlet(r) && r.id !== article.publisher) cited.add(r);
  article.cites = [...cited].map((r) => r.id);
  return article;
}

function creditEntity(registry: EntityRegistry, name: string): EntityRecord {
  const known = registry.byName(name) ?? registry.byName(name.replace(/^the\s+/i, ''));
  if (known) return known;
  const entry = lookupKnown(name);
  if (entry) return registry.add({ name: entry.name, type: entry.type, kind: entry.kind, aliases: entry.aliases });
  const looksPersonal = /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/.test(name) && !/\b(Service|Agency|Press|News|Ministry|Office|Images|Photo)\b/.test(name);
  return registry.add(looksPersonal ? { name, type: 'Person' } : { name, type: 'Organization', kind: 'MEDIA' });
}

function collectUsed(claims: Annotation['claims'], article: AnnotatedArticle, relations: FoundRelation[]): Set<string> {
  const used = new Set<string>();
  for (const c of claims) for (const id of [...c.claimants, ...c.via, ...c.mentions]) used.add(id);
  for (const id of [article.author, article.publisher, ...article.cites, ...(article.caption?.creditedTo ?? [])]) if (id) used.add(id);
  for (const r of relations) used.add(r.from).add(r.to);
  return used;
}

function dedupeRelations(relations: FoundRelation[]): FoundRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.from} ${r.type} ${r.to}`;
    if (seen.has(key) || r.from === r.to) return false;
    seen.add(key);
    return true;
  });
}

function firstWords(text: string): string {
  return text.trim().split(/\s+/).slice(0, 8).join(' ').replace(/[^\p{L}\p{N}\s'-]/gu, '').trim() || 'Untitled article';
}
