/**
 * Writes an extracted article, inside the caller's write transaction: skip it when the same
 * text is already stored (content hash), resolve its entities against the graph, write it with
 * the same loader as curated annotations, then link its figures to conflicting figures from
 * other claimants anywhere in the graph. Given an `audit` (ingestArticle), it also records an
 * INGEST_ARTICLE Edit in the same transaction; a duplicate records nothing.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Annotation } from '../annotation.ts';
import { contentHash } from './annotation-rows.ts';
import { articleKey, claimKey } from '../ids.ts';
import { writeAnnotation } from './load-annotation.ts';
import { resolveEntities } from './resolve-entities.ts';
import { beginEdit, recordEdit, type EditModel } from './curation/edits.ts';
import { STATE_STATEMENTS } from './curation/statements.ts';

export interface IngestOutcome {
  /** The annotation as written (entity ids resolved), or as found when duplicate. */
  annotation: Annotation;
  articleKey: string;
  duplicate: boolean;
  entitiesNew: number;
  entitiesMerged: number;
  contradictionsLinked: number;
  /** The Edit that records the ingest (when audited and not a duplicate). */
  edit?: EditModel;
}

/** Who the ingest is recorded for in the audit trail (the API key or the JWT's sub). */
export interface IngestAudit {
  by: string;
}

export const ARTICLE_BY_HASH = `MATCH (a:Article {contentHash: $hash}) RETURN a.id AS id`;

/**
 * Claims the content hash before anything else is written. MERGE on the uniquely constrained
 * hash takes its index lock: of several transactions ingesting the same text at once, one
 * creates the article node and the others wait for it to commit, then find it (`created` is
 * false: a node written by this transaction has no title yet).
 */
export const CLAIM_CONTENT_HASH = `
  MERGE (a:Article {contentHash: $hash})
  ON CREATE SET a.id = $id, a.createdAt = datetime()
  RETURN a.id AS id, a.title IS NULL AS created`;

/**
 * Figures on the same measure and subject whose values differ by more than `$ratio` of the
 * larger one, from claims with no claimant in common, become CONTRADICTS.
 */
export const LINK_CONFLICTING_FIGURES = `
  UNWIND $claimIds AS claimId
  MATCH (c:Claim {id: claimId})-[:HAS_FIGURE]->(f:Figure)
  MATCH (other:Figure {measure: f.measure, subject: f.subject})<-[:HAS_FIGURE]-(o:Claim)
  WHERE o <> c
    AND abs(other.value - f.value) > $ratio * CASE WHEN other.value > f.value THEN other.value ELSE f.value END
    AND NOT EXISTS { (c)-[:CLAIMED_BY]->(e:Entity)<-[:CLAIMED_BY]-(o) }
    AND NOT EXISTS { (c)-[:CONTRADICTS]-(o) }
    // Two new claims are linked once, from the smaller id.
    AND (NOT o.id IN $claimIds OR c.id < o.id)
  WITH DISTINCT c, o, f, other
  MERGE (c)-[r:CONTRADICTS]->(o)
  ON CREATE SET r.reason = 'different figures for ' + f.measure + ' ' + f.subject + ': ' + f.text + ' vs ' + other.text
  RETURN count(r) AS linked`;

export const MATERIAL_DIFFERENCE = 0.25;

export async function ingestAnnotation(tx: ManagedTransaction, extraction: Annotation, audit?: IngestAudit): Promise<IngestOutcome> {
  // Whatever path it came by (API, CLI), an ingested claim was made by the extractor.
  const extracted: Annotation = { ...extraction, claims: extraction.claims.map((c) => ({ ...c, origin: c.origin ?? 'EXTRACTED' })) };
  const claim = await tx.run<{ id: string; created: boolean }>(CLAIM_CONTENT_HASH, {
    hash: contentHash(extracted.text),
    id: articleKey(extracted.article.id),
  });
  if (!claim.records[0].get('created')) {
    return {
      annotation: extracted,
      articleKey: claim.records[0].get('id'),
      duplicate: true,
      entitiesNew: 0,
      entitiesMerged: 0,
      contradictionsLinked: 0,
    };
  }
  // Only now, once the article is known to be new: a duplicate leaves the edit sequence alone.
  const ticket = audit ? await beginEdit(tx) : undefined;
  const { annotation } = await resolveEntities(tx, extracted);
  // Under the edit lock no other audited write creates entities, so those missing now are this ingest's.
  const created = ticket
    ? await missingEntities(
        tx,
        annotation.entities.map((e) => e.id),
      )
    : [];
  const { entitiesCreated } = await writeAnnotation(tx, annotation);
  const claimIds = annotation.claims.map((c) => claimKey(annotation.article.id, c.id));
  const linked = await tx.run<{ linked: number }>(LINK_CONFLICTING_FIGURES, { claimIds, ratio: MATERIAL_DIFFERENCE });
  const key = articleKey(annotation.article.id);
  const outcome: IngestOutcome = {
    annotation,
    articleKey: key,
    duplicate: false,
    entitiesNew: entitiesCreated,
    entitiesMerged: annotation.entities.length - entitiesCreated,
    contradictionsLinked: linked.records[0]?.get('linked') ?? 0,
  };
  if (!ticket || !audit) return outcome;
  // A compact summary, not the text: the article holds that.
  const after = {
    id: key,
    title: annotation.article.title,
    publishedAt: annotation.article.publishedAt ?? null,
    extractor: annotation.extractor ?? null,
    claims: claimIds.length,
    entitiesNew: outcome.entitiesNew,
    entitiesMerged: outcome.entitiesMerged,
    relations: annotation.relations.length,
    contradictionsLinked: Number(outcome.contradictionsLinked),
  };
  const edit = await recordEdit(tx, ticket, {
    by: audit.by,
    operation: 'INGEST_ARTICLE',
    target: key,
    targets: [...claimIds, ...created],
    before: null,
    after,
  });
  return { ...outcome, edit };
}

async function missingEntities(tx: ManagedTransaction, keys: string[]): Promise<string[]> {
  const rows = (await tx.run(STATE_STATEMENTS.entitiesExist, { ids: keys })).records;
  return rows.filter((r) => !r.get('found')).map((r) => r.get('id') as string);
}
