/** updateArticle and deleteArticle: each one write transaction with its Edit. */
import type { ManagedTransaction } from 'neo4j-driver';
import { slugify } from '../../ids.ts';
import { beginEdit, recordEdit, type EditModel } from './edits.ts';
import { publishedFromIso, resolveDate } from '../../../ingest/annotation/dates.ts';
import { articleState, type ArticleState } from './state.ts';
import { ARTICLE_STATEMENTS as S } from './statements.ts';

/** Fields left undefined stay; null clears (url, outlet, author, publishedAt). */
export interface ArticleChanges {
  title?: string;
  url?: string | null;
  outlet?: string | null;
  author?: string | null;
  publishedAt?: string | null;
}

const withoutClaims = ({ claims: _, ...rest }: ArticleState) => rest;

export async function updateArticle(tx: ManagedTransaction, by: string, key: string, changes: ArticleChanges): Promise<EditModel> {
  const ticket = await beginEdit(tx);
  const before = await articleState(tx, key);
  const props: Record<string, string | null> = {};
  if (changes.title !== undefined) props.title = changes.title;
  if (changes.url !== undefined) props.url = changes.url;
  if (Object.keys(props).length) await tx.run(S.setProperties, { id: key, props });
  if (changes.publishedAt !== undefined) {
    await tx.run(S.setPublishedAt, { id: key, publishedAt: changes.publishedAt });
    if (changes.publishedAt !== null) await resolveClaimDates(tx, key, changes.publishedAt);
  }
  if (changes.author !== undefined) {
    if (changes.author === null) await tx.run(S.removeAuthor, { id: key });
    else await tx.run(S.setAuthor, { id: key, entity: await entityNamed(tx, changes.author, 'Person') });
  }
  if (changes.outlet !== undefined) {
    if (changes.outlet === null) await tx.run(S.removePublisher, { id: key });
    else await tx.run(S.setPublisher, { id: key, entity: await entityNamed(tx, changes.outlet, 'Organization') });
  }
  const after = await articleState(tx, key);
  return recordEdit(tx, ticket, {
    by,
    operation: 'UPDATE_ARTICLE',
    target: key,
    before: withoutClaims(before),
    after: withoutClaims(after),
  });
}

/** The claims' relative dates ("Tuesday") against the new publication time, resolved as the extractor resolves them. */
async function resolveClaimDates(tx: ManagedTransaction, key: string, publishedAt: string): Promise<void> {
  const published = publishedFromIso(publishedAt);
  const resolveDateWords = (words: string) => (published ? resolveDate(words, published) : undefined);
  const rows = (await tx.run<{ id: string; saidOnText: string | null; refersToText: string | null }>(S.claimDates, { id: key })).records;
  const dates = rows.map((r) => {
    const [saidOnText, refersToText] = [r.get('saidOnText'), r.get('refersToText')];
    const said = saidOnText ? resolveDateWords(saidOnText) : undefined;
    const refers = refersToText ? resolveDateWords(refersToText) : undefined;
    return {
      id: r.get('id'),
      saidOn: said?.date ?? null,
      saidOnPrecision: said?.precision ?? null,
      refersTo: refers?.date ?? null,
      refersToPrecision: refers?.precision ?? null,
    };
  });
  if (dates.length) await tx.run(S.setClaimDates, { dates });
}

/** The entity of that type with that name or alias, created when there is none (as ingest does). */
async function entityNamed(tx: ManagedTransaction, name: string, type: 'Person' | 'Organization'): Promise<string> {
  const lower = name.trim().toLowerCase();
  const found = await tx.run<{ id: string }>(S.findEntityByName, { needle: `|${lower}|`, name: lower, type });
  if (found.records.length) return found.records[0].get('id');
  const id = `${type === 'Person' ? 'person' : 'org'}/${slugify(name) || 'unnamed'}`;
  const created = await tx.run<{ id: string }>(S.createEntity, {
    entity: { id, name: name.trim(), type, kind: type === 'Organization' ? 'MEDIA' : null },
  });
  return created.records[0].get('id');
}

/**
 * Removes the article, its claims and figures, the entity relations it stated, the channels no
 * other claim uses, and the entities nothing refers to any more; shared entities stay.
 */
export async function deleteArticle(tx: ManagedTransaction, by: string, key: string): Promise<EditModel> {
  const ticket = await beginEdit(tx);
  const before = await articleState(tx, key);
  const candidates = (await tx.run(S.deleteCandidates, { id: key })).records[0];
  const entities = candidates.get('entities') as string[];
  const channels = candidates.get('channels') as string[];
  await tx.run(S.deleteClaims, { id: key });
  await tx.run(S.deleteEntityRelations, { id: key });
  await tx.run(S.deleteArticle, { id: key });
  await tx.run(S.deleteUnusedChannels, { channels });
  const deleted = await tx.run(S.deleteUnreferencedEntities, { entities });
  const entitiesDeleted = Number(deleted.records[0]?.get('deleted') ?? 0);
  return recordEdit(tx, ticket, { by, operation: 'DELETE_ARTICLE', target: key, before: { ...before, entitiesDeleted }, after: null });
}
