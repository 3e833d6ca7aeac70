/**
 * The audit trail. Every curation write (and every ingestArticle that writes an article) starts
 * with `beginEdit`, which takes the write lock on the one EditSequence node and draws the edit's
 * number: these transactions therefore run one after another (two analysts merging overlapping
 * entities see each other's result, never a mix), and the numbers give the history its order.
 * `recordEdit` writes the Edit node last, in the same transaction as the change it describes:
 * both commit or neither does. Each key the edit touched gets an (:EditTarget {id}) node, unique
 * and so indexed, linked from the Edit by TOUCHED: history(id:) starts from that index instead
 * of reading every Edit, and a deleted node's EditTarget stays, so its history stays readable.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { GraphDatabase } from '../../database.ts';
import type { ArticleModel } from '../../model.ts';

export const EDIT_OPERATIONS = [
  'UPDATE_ARTICLE',
  'DELETE_ARTICLE',
  'UPDATE_ENTITY',
  'MERGE_ENTITIES',
  'UPDATE_CLAIM',
  'DELETE_CLAIM',
  'REEXTRACT_ARTICLE',
  'INGEST_ARTICLE',
] as const;
export type EditOperation = (typeof EDIT_OPERATIONS)[number];

export interface EditModel {
  key: string;
  seq: number;
  at: string;
  by: string;
  operation: EditOperation;
  /** The node changed (a merge: the survivor). */
  target: string;
  /** Every node the edit touched. */
  targets: string[];
  before: string | null;
  after: string | null;
}

export const EDIT_STATEMENTS = {
  /** Takes the lock first (a SET), so the next statement reads the value no other transaction can change. */
  lockSequence: `
    MERGE (s:EditSequence {name: $name})
    ON CREATE SET s.value = 0
    SET s.lockedAt = datetime.transaction()`,

  nextSequence: `
    MATCH (s:EditSequence {name: $name})
    SET s.value = s.value + 1
    RETURN s.value AS seq`,

  recordEdit: `
    CREATE (e:Edit {id: $edit.id})
    SET e.seq = $edit.seq, e.at = datetime(), e.by = $edit.by, e.operation = $edit.operation,
        e.target = $edit.target, e.targets = $edit.targets, e.before = $edit.before, e.after = $edit.after
    FOREACH (key IN $edit.targets | MERGE (t:EditTarget {id: key}) CREATE (e)-[:TOUCHED]->(t))
    RETURN toString(e.at) AS at`,

  editsCount: `MATCH (e:Edit) RETURN count(e) AS total`,

  editsPage: `
    MATCH (e:Edit)
    WHERE e.seq IS NOT NULL
    WITH e ORDER BY e.seq DESC
    SKIP $offset LIMIT $limit
    RETURN e {.id, .seq, at: toString(e.at), .by, .operation, .target, .targets, .before, .after} AS e`,

  historyCount: `
    MATCH (:EditTarget {id: $id})<-[:TOUCHED]-(e:Edit)
    RETURN count(e) AS total`,

  historyPage: `
    MATCH (:EditTarget {id: $id})<-[:TOUCHED]-(e:Edit)
    WITH e ORDER BY e.seq DESC
    SKIP $offset LIMIT $limit
    RETURN e {.id, .seq, at: toString(e.at), .by, .operation, .target, .targets, .before, .after} AS e`,
} as const;

const SEQUENCE = 'edits';
export const editKey = (seq: number) => `edit/${seq}`;

/** An open edit: its number, drawn under the sequence lock. */
export interface EditTicket {
  seq: number;
}

export async function beginEdit(tx: ManagedTransaction): Promise<EditTicket> {
  await tx.run(EDIT_STATEMENTS.lockSequence, { name: SEQUENCE });
  const result = await tx.run(EDIT_STATEMENTS.nextSequence, { name: SEQUENCE });
  return { seq: Number(result.records[0].get('seq')) };
}

export async function recordEdit(
  tx: ManagedTransaction,
  ticket: EditTicket,
  edit: { by: string; operation: EditOperation; target: string; targets?: string[]; before: unknown; after: unknown },
): Promise<EditModel> {
  const row = {
    id: editKey(ticket.seq),
    seq: ticket.seq,
    by: edit.by,
    operation: edit.operation,
    target: edit.target,
    targets: [...new Set([edit.target, ...(edit.targets ?? [])])],
    before: edit.before == null ? null : JSON.stringify(edit.before),
    after: edit.after == null ? null : JSON.stringify(edit.after),
  };
  const result = await tx.run(EDIT_STATEMENTS.recordEdit, { edit: row });
  return {
    key: row.id,
    seq: row.seq,
    at: String(result.records[0].get('at')),
    by: row.by,
    operation: row.operation,
    target: row.target,
    targets: row.targets,
    before: row.before,
    after: row.after,
  };
}

const toEdit = (e: Record<string, unknown>): EditModel => ({
  key: String(e.id),
  seq: Number(e.seq),
  at: String(e.at),
  by: String(e.by),
  operation: e.operation as EditOperation,
  target: String(e.target),
  targets: (e.targets as string[]) ?? [],
  before: (e.before as string | null) ?? null,
  after: (e.after as string | null) ?? null,
});

/** A page of edits, newest first: all of them, or those that touched the node `key`. */
export async function editPage(db: GraphDatabase, key: string | null, offset: number, limit: number): Promise<EditConnectionModel> {
  return db.read(async (tx) => {
    const [count, page] =
      key === null ? [EDIT_STATEMENTS.editsCount, EDIT_STATEMENTS.editsPage] : [EDIT_STATEMENTS.historyCount, EDIT_STATEMENTS.historyPage];
    const params = key === null ? {} : { id: key };
    const counted = await tx.run<{ total: number }>(count, params);
    const rows = await tx.run<{ e: Record<string, unknown> }>(page, { ...params, offset: neo4j.int(offset), limit: neo4j.int(limit) });
    return { totalCount: Number(counted.records[0]?.get('total') ?? 0), nodes: rows.records.map((r) => toEdit(r.get('e'))), offset };
  });
}

export interface EditConnectionModel {
  nodes: EditModel[];
  totalCount: number;
  offset: number;
}

export interface DeleteResultModel {
  key: string;
  edit: EditModel;
}

export interface ReextractResultModel {
  article: ArticleModel;
  removed: number;
  added: number;
  kept: number;
  edit: EditModel;
}
