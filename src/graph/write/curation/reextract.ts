/**
 * reextractArticle's write: the machine-made (EXTRACTED) claims of an article are replaced by a
 * new extraction of its stored text; claims a person made or edited (CURATED, EDITED) stay, and
 * a new claim whose evidence overlaps one of them, or whose id one of them holds, is left out.
 * So is a new claim on the passage of a claim a person deleted (the article keeps the deleted
 * claims' evidence spans): its evidence shares at least half of the longer of the two spans.
 * The extraction itself runs before the transaction (src/api/curation.ts), the replacement in it.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Annotation } from '../../annotation.ts';
import type { GraphDatabase } from '../../database.ts';
import { claimKey } from '../../ids.ts';
import { LINK_CONFLICTING_FIGURES, MATERIAL_DIFFERENCE } from '../ingest-annotation.ts';
import { LOAD_STATEMENTS } from '../load-annotation.ts';
import { toGraphRows } from '../annotation-rows.ts';
import { resolveEntities } from '../resolve-entities.ts';
import { beginEdit, recordEdit, type EditModel } from './edits.ts';
import { CurationError } from './errors.ts';
import { REEXTRACT_STATEMENTS as S } from './statements.ts';

export interface ArticleSource {
  text: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  outlet: string | null;
  author: string | null;
}

/** REEXTRACT_STATEMENTS.source's row: the source, and the evidence spans ("start:end") of claims a person deleted. */
type SourceRow = ArticleSource & { deletedClaimSpans: string[] };

export async function articleSource(db: GraphDatabase, key: string): Promise<ArticleSource | null> {
  return db.read(async (tx) => {
    const result = await tx.run<SourceRow>(S.source, { id: key });
    if (!result.records.length) return null;
    const r = result.records[0];
    return {
      text: r.get('text'),
      title: r.get('title'),
      url: r.get('url'),
      publishedAt: r.get('publishedAt'),
      outlet: r.get('outlet'),
      author: r.get('author'),
    };
  });
}

/** The loader's statements that add claims to an article already in the graph (its own node and links stay). */
const ADD_CLAIMS: (keyof typeof LOAD_STATEMENTS)[] = [
  'entities',
  'articleLinks',
  'channels',
  'claims',
  'claimEntityLinks',
  'claimChannels',
  'figures',
  'entityRelations',
  'claimRelations',
];

export interface ReextractOutcome {
  edit: EditModel;
  removed: number;
  added: number;
  kept: number;
}

interface Span {
  start: number;
  end: number;
}

/** "start:end" as deleteClaim stores it (src/graph/write/curation/statements.ts rememberDeleted). */
const parseSpan = (value: string): Span => {
  const [start, end] = value.split(':').map(Number);
  return { start, end };
};

/** The same passage: the two spans share at least half of the longer one. */
const samePassage = (a: Span, b: Span) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start) >= 0.5 * Math.max(a.end - a.start, b.end - b.start);

export async function replaceExtractedClaims(
  tx: ManagedTransaction,
  by: string,
  key: string,
  extracted: Annotation,
  text: string,
): Promise<ReextractOutcome> {
  const ticket = await beginEdit(tx);
  const source = (await tx.run<SourceRow>(S.source, { id: key })).records[0];
  if (!source) throw new CurationError('id: there is no article with that id', 'id');
  if (source.get('text') !== text) throw new CurationError('id: the article changed while it was being extracted; try again', 'id');
  const current = (await tx.run(S.claims, { id: key })).records.map((r) => ({
    id: r.get('id') as string,
    origin: r.get('origin') as string,
    start: Number(r.get('start')),
    end: Number(r.get('end')),
  }));
  const kept = current.filter((c) => c.origin !== 'EXTRACTED');
  const removed = current.filter((c) => c.origin === 'EXTRACTED');

  const local = key.slice('article/'.length);
  const keptIds = new Set(kept.map((c) => c.id));
  const overlapsKept = (s: { start: number; end: number }) => kept.some((k) => s.start < k.end && k.start < s.end);
  const deleted = source.get('deletedClaimSpans').map(parseSpan);
  const fresh = extracted.claims.filter((c) => !keptIds.has(claimKey(local, c.id)) && !overlapsKept(c.evidence));
  const claims = fresh.filter((c) => !deleted.some((d) => samePassage(c.evidence, d)));
  const ids = new Set(claims.map((c) => c.id));
  const filtered: Annotation = {
    ...extracted,
    article: { ...extracted.article, id: local },
    claims,
    claimRelations: extracted.claimRelations.filter((r) => ids.has(r.from) && ids.has(r.to)),
  };

  await tx.run(S.deleteClaims, { ids: removed.map((c) => c.id) });
  const { annotation } = await resolveEntities(tx, filtered);
  const rows = toGraphRows(annotation);
  rows.articleLinks = rows.articleLinks.filter((l) => l.type === 'MENTIONS');
  for (const name of ADD_CLAIMS) await tx.run(LOAD_STATEMENTS[name], rows);
  await tx.run(LINK_CONFLICTING_FIGURES, { claimIds: rows.claimIds, ratio: MATERIAL_DIFFERENCE });

  const edit = await recordEdit(tx, ticket, {
    by,
    operation: 'REEXTRACT_ARTICLE',
    target: key,
    before: { claims: current.map((c) => ({ id: c.id, origin: c.origin })) },
    after: {
      claims: [...kept.map((c) => ({ id: c.id, origin: c.origin })), ...rows.claimIds.map((id) => ({ id, origin: 'EXTRACTED' }))],
      extractor: extracted.extractor ?? null,
      // Extracted again but left out: a person deleted a claim on the same passage.
      leftOutAsDeleted: fresh.length - claims.length,
    },
  });
  return { edit, removed: removed.length, added: rows.claimIds.length, kept: kept.length };
}
