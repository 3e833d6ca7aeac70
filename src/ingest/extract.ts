/**
 * Text → provenance graph. The entry point of the automatic ingest, in stages:
 * clean the page (header, boilerplate) → NLP (CoreNLP: tokens, POS, lemmas, NER, dependencies,
 * normalised dates) → entities (NER + gazetteer) → attribution (dependency frames, learned cue
 * lexicon, source resolution) → annotation (claims with dates, figures, channels, outlets). Returns
 * an `Annotation` whose offsets point into the text exactly as received.
 */
import { createHash } from 'node:crypto';
import type { Annotation, AnnotatedArticle } from '../graph/annotation.ts';
import { slugify } from '../graph/ids.ts';
import { draftClaims } from './annotation/drafts.ts';
import type { DraftClaim, FoundRelation } from './annotation/draft.ts';
import { attribute, type ResolvedSource } from './attribution/index.ts';
import { CUE_LEXICON } from './attribution/model/lexicon.ts';
import { captionClaim } from './annotation/caption.ts';
import { finalizeClaim } from './annotation/claim-fields.ts';
import { boilerplateBlocks, contentParagraphs, inlinePrompts, splitLines, type Line } from './text/clean.ts';
import { parsePublished, publishedFromIso, type Published } from './annotation/dates.ts';
import { disputes } from './annotation/disputes.ts';
import { findChannels } from './annotation/channels.ts';
import { nameDescribedClaimants } from './entities/described-claimants.ts';
import { nameDescribedSpeakers } from './entities/described-previous-speakers.ts';
import { nameDescribedRolePersons } from './entities/described-role-persons.ts';
import { unclaimedHeadlineSpeakers } from './entities/headlines/unclaimed-headline-speakers.ts';
import { nameOwnedGroupSpeakers } from './entities/owned-group-speakers.ts';
import { nameCampaignSpeakers } from './entities/campaigns-named-before.ts';
import { isHeadline } from './annotation/headline-repeats.ts';
import { interviewPassages } from './annotation/outlet-passages.ts';
import { interviewAccounts } from './annotation/interview-accounts.ts';
import { outletInterviewees } from './annotation/outlet-interviewees.ts';
import { obtainedWorkReaders } from './annotation/obtained-works.ts';
import { creditWire, datelineAgency } from './annotation/dateline-credit.ts';
import { registerIntroducedAcronyms } from './entities/introduced-acronyms.ts';
import { namedMentions, registerNamedEntities } from './entities/from-ner.ts';
import { isHeadlineCommonWord } from './entities/headlines/headline-common-words.ts';
import { nameHeadlineRoleSpeakers } from './entities/headlines/headline-role-speakers.ts';
import { cutHeadlineClauseRuns } from './entities/headlines/headline-clause-runs.ts';
import { officeOfWork, outletOfWork } from './entities/work-publishers.ts';
import { organizationKind } from './entities/organization-kinds.ts';
import { splitByMeasure } from './annotation/figures.ts';
import { toldCallSigns } from './entities/told-call-signs.ts';
import { toldArticleOrganizations } from './entities/told-article-organizations.ts';
import { isMediaCollective, mediaCollectiveNames } from './entities/media-collectives.ts';
import { toldMastheadPersons } from './entities/told-masthead-persons.ts';
import { toldUnknownOrganizations } from './entities/told-unknown-organizations.ts';
import { toldShortNames } from './entities/told-short-names.ts';
import { registerAustralianBroadcaster } from './entities/australian-broadcaster.ts';
import { toldListeners } from './entities/told-listeners.ts';
import { isOutlet, lookupKnown, lookupKnownName } from './entities/gazetteer.ts';
import { parseHeader, withoutBylineLines } from './text/header.ts';
import type { NlpClient } from './nlp/types.ts';
import { asReportedNames } from './entities/as-reported-outlets.ts';
import { joinMisreadNames } from './nlp/joined-names.ts';
import { mendParse } from './parse-mends.ts';
import { interviewLeads } from './annotation/interview-leads.ts';
import { writtenPieceLeads } from './annotation/written-pieces.ts';
import { EntityRegistry, type EntityRecord } from './entities/registry.ts';
import { mediumNamedOutlets } from './entities/medium-named-outlets.ts';
import { loneReportingNames } from './entities/lone-reporting-names.ts';
import { reportsThatNames } from './entities/reports-that-names.ts';
import { articleNamedOutlets } from './entities/article-named-outlets.ts';
import { closingDescribedOutlet, nameDescribedVias, registerReportingOutlets, reportingOutletNames } from './entities/reporting-outlets.ts';
import { reportedFullNames } from './entities/reported-short-names.ts';
import { capitalRelations, contradictions } from './annotation/relations.ts';
import { wordOutletCredits } from './annotation/word-outlet-credits.ts';
import { describedCreditOutlets, nameCreditedVias } from './annotation/described-credit-outlets.ts';
import type { Paragraph, TextSpan } from './text/spans.ts';

export interface ArticleMeta {
  title?: string;
  url?: string;
  /** ISO 8601 with offset. */
  publishedAt?: string;
  /** Publisher name. */
  outlet?: string;
  author?: string;
}

/** Names this extractor in every annotation it makes (Claim.extractor); bump on a change of behaviour. */
export const EXTRACTOR = { name: 'corenlp-dependency-attribution', version: '1.0.0' } as const;

export interface Extraction {
  annotation: Annotation;
  /** What the caller should know: e.g. no publication date, so relative dates stay unresolved. */
  warnings: string[];
  /**
   * Where each claim's content (the words its `text` restates) sits in the text, one per claim in
   * order; the annotation keeps only the evidence, which also spans the speaker and the verb. The
   * PolNeAR eval scores these (src/eval/pipeline-predictions.ts).
   */
  claimContents: TextSpan[];
  /**
   * Where each claim's verb of saying stands, one per claim in order: claims of one saying share it (a
   * continued quotation takes its speaker's verb, a content cut into clauses or by measure keeps its
   * verb), as PolNeAR's one attribution per cue spans them all. None for a claim without a verb in the text.
   */
  claimVerbs: Array<TextSpan | undefined>;
}

export async function extractAnnotation(text: string, meta: ArticleMeta, nlp: NlpClient): Promise<Annotation> {
  return (await extract(text, meta, nlp)).annotation;
}

export async function extract(text: string, meta: ArticleMeta, nlp: NlpClient): Promise<Extraction> {
  const warnings: string[] = [];
  const lines = splitLines(text);
  const header = parseHeader(lines);
  const body = contentParagraphs(lines, header?.bodyLine ?? 0);
  const prompts = inlinePrompts(text, body);
  const headlines = [header?.title, header?.deck, header?.subtitle].filter((l): l is Line => l !== undefined);
  const headlineLines = body.length > 1 && isHeadline(text.slice(body[0].start, body[0].end)) ? [body[0], ...headlines] : headlines;
  const published = meta.publishedAt
    ? publishedFromIso(meta.publishedAt)
    : header?.postedText
      ? parsePublished(header.postedText)
      : undefined;
  if (!published)
    warnings.push('no publication date given or found: publishedAt stays empty and relative dates ("Tuesday") are not resolved');

  const parsed = await nlp.annotate(
    joinMisreadNames(withoutBylineLines(text, header)),
    published ? { docDate: published.iso.slice(0, 10) } : {},
  );
  const doc = mendParse(parsed, text);
  const bodyRanges: Paragraph[] = body.flatMap((p) => cutOut(p, prompts));
  const named: TextSpan[] = [...bodyRanges, ...headlines, ...(header?.caption ? [header.caption] : [])];
  const within = (s: TextSpan) => named.some((r) => r.start <= s.start && s.end <= r.end);

  const registry = new EntityRegistry();
  registerAustralianBroadcaster(registry, text);
  const options = { within: bodyRanges, isOutlet: isOutletSource, isReadoutOffice: isGovernmentOffice, lexicon: CUE_LEXICON };
  // "S, Milenio reports.": a name reporting another speaker's claim is an outlet; read again knowing it (reporting-outlets.ts).
  // One read cannot do both: the first takes every closing credit's name for an outlet, the second only the names that
  // carried a claim (one reporting a plain fact claims it) and the outlets a bare "the station" stands for. Only an
  // article with a closing "reports", "adds" or "notes" is read twice: 16 of PolNeAR train's 840, about 90 ms a read.
  const reporting = new Set([
    ...reportingOutletNames(doc, (isOutlet) => attribute(text, doc, { ...options, isOutlet }), isOutletSource),
    ...asReportedNames(doc, text),
  ]);
  for (const [full, short] of reportedFullNames(doc, reporting)) {
    registry.add({ name: full, type: 'Organization', kind: 'MEDIA', aliases: [short] });
    reporting.add(full);
  }
  registerReportingOutlets(registry, reporting);
  registerReportingOutlets(registry, new Set([...mediumNamedOutlets(doc), ...loneReportingNames(doc)]));
  registerReportingOutlets(registry, reportsThatNames(doc));
  const told = toldListeners(doc);
  const toldOutletNames = new Set([
    ...toldCallSigns(told),
    ...toldArticleOrganizations(told),
    ...toldUnknownOrganizations(told),
    ...toldMastheadPersons(told),
  ]);
  registerReportingOutlets(registry, toldOutletNames);
  registerReportingOutlets(registry, toldShortNames(told));
  registerReportingOutlets(registry, articleNamedOutlets(doc));
  const insideAcronymName = registerIntroducedAcronyms(registry, doc, text);
  registerNamedEntities(
    registry,
    namedMentions(
      cutHeadlineClauseRuns(doc, text),
      (span) => within(span) && !insideAcronymName(span) && !isHeadlineCommonWord(text, headlineLines, span),
    ),
  );
  const wordCredits = wordOutletCredits(doc, registry);
  const describedCredits = describedCreditOutlets(doc, registry);
  const isOutletHere = (s: ResolvedSource) =>
    isOutletSource(s) ||
    reporting.has(s.name) ||
    toldOutletNames.has(s.name) ||
    wordCredits.has(s.mention.start) ||
    describedCredits.has(s.mention.start) ||
    closingDescribedOutlet(registry.all().filter(isOutlet), text, s);
  const attributions = attribute(text, doc, { ...options, isOutlet: isOutletHere });
  registerReportingOutlets(registry, mediaCollectiveNames(attributions.flatMap((a) => [...a.claimants, ...a.via])));
  nameDescribedVias(registry, text, attributions, isOutletHere);
  nameCreditedVias(attributions, describedCredits);
  nameDescribedClaimants(registry, text, attributions);
  nameDescribedSpeakers(registry, text, doc, attributions);
  nameHeadlineRoleSpeakers(registry, text, headlineLines, attributions);
  nameDescribedRolePersons(registry, text, attributions);
  nameOwnedGroupSpeakers(text, attributions);
  nameCampaignSpeakers(registry, doc, attributions);
  const drafts: DraftClaim[] = draftClaims(text, doc, attributions, registry, body);
  if (header?.caption && header.credit) {
    const claim = captionClaim(text, header.caption, header.credit, registry);
    if (claim) drafts.unshift(claim);
  }
  const channels = findChannels(text, drafts, registry);
  const drafted = { text, doc, drafts, registry, paragraphs: body };
  const interviews = interviewPassages(drafted);
  interviewAccounts(drafted, interviews);
  interviewLeads(drafted, interviews);
  writtenPieceLeads(drafted);
  outletInterviewees(drafted);
  obtainedWorkReaders(drafted);
  const wire = datelineAgency(text, doc, body);
  if (wire) creditWire(drafts, creditEntity(registry, wire));
  const finalized = drafts
    .filter((d) => d.claimants.length > 0 && d.content.end > d.content.start)
    .flatMap((d) =>
      splitByMeasure(
        { ...finalizeClaim(d, 'c00', text, registry, published), ...(d.confidence !== undefined ? { confidence: d.confidence } : {}) },
        text,
      ).map((claim) => ({ claim, content: clipTo(d.content, claim.evidence), verb: d.verbSpan })),
    );
  const claims = finalized.map(({ claim }, i) => ({ ...claim, id: `c${String(i + 1).padStart(2, '0')}` }));

  const article = buildArticle(text, meta, header, registry, published, drafts, [...boilerplateBlocks(lines), ...prompts]);
  const relations: FoundRelation[] = capitalRelations(text, registry);
  for (const r of relations) {
    r.from = registry.canonicalId(r.from);
    r.to = registry.canonicalId(r.to);
  }
  const used = collectUsed(claims, article, relations);
  for (const ch of channels) for (const id of [ch.operator, ch.platform]) if (id) used.add(id);
  const unclaimed = unclaimedHeadlineSpeakers(registry, attributions, headlineLines, used);
  const annotation: Annotation = {
    extractor: { ...EXTRACTOR },
    article,
    text,
    entities: registry
      .all()
      .filter((r) => (used.has(r.id) || r.mentions.length > 0) && !unclaimed.has(r.id))
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
    relations: dedupeRelations(relations).map((r) => ({
      from: r.from,
      type: r.type,
      to: r.to,
      ...(r.evidence ? { evidence: { ...r.evidence, text: text.slice(r.evidence.start, r.evidence.end) } } : {}),
    })),
    claimRelations: [...contradictions(claims), ...disputes(claims, registry)],
  };
  return {
    annotation,
    warnings,
    claimContents: finalized.map(({ content }) => content),
    claimVerbs: finalized.map(({ verb }) => verb),
  };
}

/** A claim split by measure keeps the part of its draft's content inside its own evidence. */
function clipTo(content: TextSpan, evidence: TextSpan): TextSpan {
  const start = Math.max(content.start, evidence.start);
  const end = Math.min(content.end, evidence.end);
  return end > start ? { start, end } : content;
}

/** A source is a news outlet when the gazetteer says so or its name reads like one. */
function isOutletSource(source: ResolvedSource): boolean {
  if (outletOfWork(source.name) || isMediaCollective(source.name)) return true;
  const name = source.name.replace(/^the\s+/i, '');
  const known = lookupKnownName(name)?.kind === 'MEDIA';
  // NER often leaves "the AP" untagged (", reports the AP.") or takes "El País" for a person: the gazetteer knows it.
  if (source.type === 'GROUP' || (source.type === 'PERSON' && /\s/.test(name))) return known;
  return source.type === 'ORGANIZATION' && (known || organizationKind(name) === 'MEDIA');
}

/** A government body ("the Kremlin", "the White House", "Russia's defense ministry"), whose readouts carry what its people said. */
function isGovernmentOffice(source: ResolvedSource): boolean {
  if (officeOfWork(source.name)) return true;
  const name = source.name.replace(/^the\s+/i, '');
  // NER often takes "the Kremlin" or "the White House" for a place; the gazetteer knows better.
  if (lookupKnownName(name)?.kind === 'GOVERNMENT') return true;
  return source.type === 'ORGANIZATION' && organizationKind(name) === 'GOVERNMENT';
}

/** A paragraph without the inline prompts ("Tap to install our app") inside it. */
function cutOut(paragraph: Paragraph, holes: TextSpan[]): Paragraph[] {
  let parts: Paragraph[] = [paragraph];
  for (const h of holes) {
    parts = parts.flatMap((p) =>
      h.end <= p.start || h.start >= p.end
        ? [p]
        : [
            { start: p.start, end: h.start },
            { start: h.end, end: p.end },
          ].filter((x) => x.end > x.start),
    );
  }
  return parts;
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
    ...(published ? { publishedAt: published.iso } : {}),
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
    article.publisher = registry.add(
      known
        ? { name: known.name, type: 'Organization', kind: known.kind, aliases: known.aliases }
        : { name: publisherName, type: 'Organization', kind: 'MEDIA' },
    ).id;
  }
  if (header?.caption && header.credit) {
    const creditedTo = header.credit.text
      .split(/\s+via\s+|\/|;/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => creditEntity(registry, part).id);
    article.caption = {
      span: { start: header.caption.start, end: header.caption.end, text: header.caption.text },
      credit: header.credit.text,
      creditedTo,
    };
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
  const looksPersonal =
    /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/.test(name) && !/\b(Service|Agency|Press|News|Ministry|Office|Images|Photo)\b/.test(name);
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

function shortHash(value: string, length: number): string {
  return createHash('sha1').update(value).digest('hex').slice(0, length);
}

function firstWords(text: string): string {
  return (
    text
      .trim()
      .split(/\s+/)
      .slice(0, 8)
      .join(' ')
      .replace(/[^\p{L}\p{N}\s'-]/gu, '')
      .trim() || 'Untitled article'
  );
}
