/**
 * The annotation format: one article's provenance graph as data.
 *
 * Hand-curated annotations (seed/*.annotation.json, tests/data/annotations/) and the
 * automatic ingest pipeline (src/ingest) both produce this shape, and one loader
 * (src/graph/write/load-annotation.ts) writes it to Neo4j. `parseAnnotation` validates the
 * shape with zod and then the cross-references (ids, offsets, quotes) before anything
 * is written; every error names the file, the record and the field.
 */
import { z } from 'zod';

export const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Group'] as const;
export const ORGANIZATION_KINDS = ['GOVERNMENT', 'MILITARY', 'NGO', 'MEDIA', 'PLATFORM', 'OTHER'] as const;
export const CLAIM_KINDS = ['STATEMENT', 'QUOTE', 'FIGURE', 'BELIEF', 'OFFER', 'ACTION'] as const;
export const MODALITIES = ['ASSERTED', 'HEDGED', 'BELIEVED'] as const;
/** A WEEK's date is its Monday; a MONTH's or YEAR's its first day. */
export const DATE_PRECISIONS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
/** How a claim came to be: a hand annotation, machine extraction, or an extracted claim a person edited. */
export const CLAIM_ORIGINS = ['CURATED', 'EXTRACTED', 'EDITED'] as const;
/** Entity → entity relationship types; stored as Neo4j relationship types of the same name. */
export const ENTITY_RELATION_TYPES = ['HEAD_OF', 'PART_OF', 'MEMBER_OF', 'CAPITAL_OF', 'LOCATED_IN', 'AFFILIATED_WITH'] as const;
export type EntityRelationType = (typeof ENTITY_RELATION_TYPES)[number];
/** Claim → claim relationship types. */
export const CLAIM_RELATION_TYPES = ['CONTRADICTS', 'DISPUTES', 'SUPPORTS'] as const;

const nonEmpty = z.string().trim().min(1);
/** Global, stable entity id: `<type prefix>/<slug>`, e.g. `person/svetlana-golub`. */
const entityId = z.string().regex(/^(person|org|place|group)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like "person/svetlana-golub"');
const localId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "c01"');

/** A span of the article text: `text === articleText.slice(start, end)` (UTF-16 code units). */
export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
});

export const entitySchema = z.object({
  id: entityId,
  type: z.enum(ENTITY_TYPES),
  /** Only for organizations. */
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  name: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  description: z.string().optional(),
});

export const channelSchema = z.object({
  id: localId,
  name: nonEmpty,
  /** e.g. "facebook-page", "press-release", "video". */
  medium: nonEmpty,
  operator: entityId.optional(),
  platform: entityId.optional(),
});

export const figureSchema = z.object({
  value: z.number(),
  approximate: z.boolean(),
  /** The hedge word as written: "around", "almost", "at least". */
  qualifier: z.string().optional(),
  /** What is counted: "killed", "wounded", "captured". */
  measure: nonEmpty,
  /** Who is counted: "Russian troops". */
  subject: nonEmpty,
  /** The figure as written in the text. */
  text: nonEmpty,
});

/** A date resolved against the publication date, with the words that gave it. */
const claimDateSchema = z
  .object({
    date: z.iso.date(),
    precision: z.enum(DATE_PRECISIONS),
    /** The words that gave the date: "Wednesday", "since Thursday", "last week". */
    text: nonEmpty,
  })
  .refine((d) => d.precision !== 'WEEK' || new Date(`${d.date}T00:00:00Z`).getUTCDay() === 1, {
    message: 'a WEEK date must be the Monday that starts the week',
    path: ['date'],
  });

export const claimSchema = z.object({
  id: localId,
  claimants: z.array(entityId).min(1),
  /** The reporting verb as written: "told", "urged", "says", "claimed", "believe". */
  verb: nonEmpty,
  kind: z.enum(CLAIM_KINDS),
  modality: z.enum(MODALITIES),
  /** Verbatim quoted words, only where the text quotes; must occur in the article text. */
  quote: z.string().min(1).optional(),
  /** A normalized one-sentence statement of the claim. */
  text: nonEmpty,
  /** When the claim was made, where the text says ("said Wednesday"). */
  saidOn: claimDateSchema.optional(),
  /** The date the claim is about, where the text gives one ("ringing since Thursday"). */
  refersTo: claimDateSchema.optional(),
  figures: z.array(figureSchema).default([]),
  channel: localId.optional(),
  /** Outlets the claim came through, nearest the claimant first. */
  via: z.array(entityId).default([]),
  mentions: z.array(entityId).default([]),
  /** The words that named the claimants in the claim's sentence, as written: "the agency", "Both", "a senior official", "he". */
  claimantMentions: z.array(nonEmpty).optional(),
  evidence: spanSchema,
  /** Absent: EXTRACTED when the annotation names its extractor, else CURATED. */
  origin: z.enum(CLAIM_ORIGINS).optional(),
  /** The extractor's confidence in the claim, 0..1. */
  confidence: z.number().min(0).max(1).optional(),
});

export const entityRelationSchema = z.object({
  from: entityId,
  type: z.enum(ENTITY_RELATION_TYPES),
  to: entityId,
  evidence: spanSchema.optional(),
});

export const claimRelationSchema = z.object({
  from: localId,
  type: z.enum(CLAIM_RELATION_TYPES),
  to: localId,
  reason: nonEmpty,
});

export const articleSchema = z.object({
  id: localId,
  title: nonEmpty,
  deck: z.string().optional(),
  /** A second headline, where the page has one. */
  subtitle: z.string().optional(),
  url: z.url().optional(),
  /** ISO 8601 with its UTC offset, e.g. 2022-03-02T13:16:00-06:00; absent when the date is unknown. */
  publishedAt: z.iso.datetime({ offset: true }).optional(),
  /** The time as printed, with its zone: "Mar 2, 2022 1:16 PM CST". */
  publishedAtText: z.string().optional(),
  author: entityId.optional(),
  publisher: entityId.optional(),
  caption: z
    .object({
      span: spanSchema,
      credit: nonEmpty,
      /** Entities named in the credit, in order ("Press Service via AP"). */
      creditedTo: z.array(entityId).default([]),
    })
    .optional(),
  /** Outlets the article cites as its sources. */
  cites: z.array(entityId).default([]),
  /** Spans of the text that are not content (app-install prompts, sign-ups). */
  boilerplate: z.array(spanSchema).default([]),
});

/** The program that produced an annotation (absent on hand annotations). */
export const extractorSchema = z.object({ name: nonEmpty, version: nonEmpty });

export const annotationSchema = z.object({
  article: articleSchema,
  extractor: extractorSchema.optional(),
  /** The article's text exactly as received; every offset points into it. */
  text: z.string().min(1),
  /** Empty when the text names no one (a weather report): the article is stored with nothing extracted. */
  entities: z.array(entitySchema),
  channels: z.array(channelSchema).default([]),
  claims: z.array(claimSchema).default([]),
  relations: z.array(entityRelationSchema).default([]),
  claimRelations: z.array(claimRelationSchema).default([]),
});

export type Span = z.infer<typeof spanSchema>;
export type AnnotatedEntity = z.infer<typeof entitySchema>;
export type AnnotatedChannel = z.infer<typeof channelSchema>;
export type AnnotatedFigure = z.infer<typeof figureSchema>;
export type AnnotatedClaim = z.infer<typeof claimSchema>;
export type AnnotatedArticle = z.infer<typeof articleSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];
export type Extractor = z.infer<typeof extractorSchema>;
/** The annotation as stored on disk: `text` is replaced by the name of a sibling .txt file. */
export type AnnotationFile = Omit<z.input<typeof annotationSchema>, 'text'> & { textFile: string };

export class AnnotationError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: invalid annotation\n  - ${problems.join('\n  - ')}`);
    this.name = 'AnnotationError';
  }
}

/** Validates shape, then references and offsets. Throws AnnotationError listing every problem. */
export function parseAnnotation(input: unknown, source: string): Annotation {
  const parsed = annotationSchema.safeParse(input);
  if (!parsed.success) {
    throw new AnnotationError(
      source,
      parsed.error.issues.map((issue) => `${describePath(input, issue.path)}: ${issue.message}`),
    );
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new AnnotationError(source, problems);
  return parsed.data;
}

/** "claims[3] (id c04).evidence.start" — the record's id makes the path easy to find in the file. */
function describePath(input: unknown, path: PropertyKey[]): string {
  let out = '';
  let node: unknown = input;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && node && typeof node === 'object' && 'id' in node) {
      out += ` (id ${String(node.id)})`;
    }
  }
  return out || '(root)';
}

function crossCheck(a: Annotation): string[] {
  const problems: string[] = [];
  const entities = new Map(a.entities.map((e) => [e.id, e]));
  const channels = new Set(a.channels.map((c) => c.id));
  const claims = new Set(a.claims.map((c) => c.id));

  const duplicates = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what} (id ${id}): duplicate id`);
      seen.add(id);
    }
  };
  duplicates(
    a.entities.map((e) => e.id),
    'entities',
  );
  duplicates(
    a.channels.map((c) => c.id),
    'channels',
  );
  duplicates(
    a.claims.map((c) => c.id),
    'claims',
  );

  const ref = (where: string, id: string | undefined, type?: AnnotatedEntity['type']) => {
    if (id === undefined) return;
    const entity = entities.get(id);
    if (!entity) problems.push(`${where}: unknown entity "${id}"`);
    else if (type && entity.type !== type) problems.push(`${where}: "${id}" is a ${entity.type}, expected a ${type}`);
  };
  const span = (where: string, s: Span | undefined) => {
    if (!s) return;
    if (s.end <= s.start) problems.push(`${where}: end ${s.end} must be after start ${s.start}`);
    else if (s.end > a.text.length) problems.push(`${where}: end ${s.end} is past the end of the text (${a.text.length})`);
    else {
      const actual = a.text.slice(s.start, s.end);
      if (actual !== s.text)
        problems.push(`${where}: text at [${s.start}, ${s.end}) is ${JSON.stringify(actual)}, not ${JSON.stringify(s.text)}`);
    }
  };

  a.entities.forEach((e, i) => {
    if (e.kind && e.type !== 'Organization') problems.push(`entities[${i}] (id ${e.id}).kind: only organizations have a kind`);
    if (e.type === 'Organization' && !e.kind) problems.push(`entities[${i}] (id ${e.id}).kind: an organization needs a kind`);
  });
  ref('article.author', a.article.author, 'Person');
  ref('article.publisher', a.article.publisher, 'Organization');
  a.article.cites.forEach((id, i) => ref(`article.cites[${i}]`, id, 'Organization'));
  a.article.boilerplate.forEach((s, i) => span(`article.boilerplate[${i}]`, s));
  if (a.article.caption) {
    span('article.caption.span', a.article.caption.span);
    a.article.caption.creditedTo.forEach((id, i) => ref(`article.caption.creditedTo[${i}]`, id));
  }
  a.channels.forEach((c, i) => {
    ref(`channels[${i}] (id ${c.id}).operator`, c.operator);
    ref(`channels[${i}] (id ${c.id}).platform`, c.platform, 'Organization');
  });
  a.claims.forEach((c, i) => {
    const at = `claims[${i}] (id ${c.id})`;
    c.claimants.forEach((id, j) => ref(`${at}.claimants[${j}]`, id));
    c.via.forEach((id, j) => ref(`${at}.via[${j}]`, id, 'Organization'));
    c.mentions.forEach((id, j) => ref(`${at}.mentions[${j}]`, id));
    if (c.channel && !channels.has(c.channel)) problems.push(`${at}.channel: unknown channel "${c.channel}"`);
    span(`${at}.evidence`, c.evidence);
    if (c.quote && !a.text.includes(c.quote)) problems.push(`${at}.quote: ${JSON.stringify(c.quote)} does not occur in the text`);
    c.claimantMentions?.forEach((m, j) => {
      if (!a.text.includes(m)) problems.push(`${at}.claimantMentions[${j}]: ${JSON.stringify(m)} does not occur in the text`);
    });
  });
  a.relations.forEach((r, i) => {
    ref(`relations[${i}].from`, r.from);
    ref(`relations[${i}].to`, r.to);
    span(`relations[${i}].evidence`, r.evidence);
  });
  a.claimRelations.forEach((r, i) => {
    if (!claims.has(r.from)) problems.push(`claimRelations[${i}].from: unknown claim "${r.from}"`);
    if (!claims.has(r.to)) problems.push(`claimRelations[${i}].to: unknown claim "${r.to}"`);
  });
  return problems;
}
