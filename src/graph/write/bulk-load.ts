/**
 * Bulk loading: many annotations per write transaction, and per statement. A batch costs the
 * loader's 14 UNWIND statements once, not once per article:
 *
 * - statements about the shared graph (`$entities`, `$claimIds`, `$claimEntityLinks`, …) get the
 *   rows of every annotation of the batch, concatenated;
 * - statements about "the" article (`$article`) get one row per article, `UNWIND $articles AS
 *   row_`, and read that article's own rows (`$claims` → `row_.claims`).
 *
 * Both are derived from the loader's own statements (src/graph/write/load-annotation.ts), so they
 * follow any change to it. The graph ends the same as loading the annotations one by one, in
 * order (tests/bench/bulk-load.test.ts); each batch is atomic and the load idempotent, so a failed
 * or interrupted load can simply be run again.
 */
import type { Annotation } from '../annotation.ts';
import { toGraphRows, type GraphRows } from './annotation-rows.ts';
import type { GraphDatabase } from '../database.ts';
import { LOAD_ORDER, LOAD_STATEMENTS, type LoadStats } from './load-annotation.ts';

type RowName = keyof GraphRows;

/** The parameters a statement refers to (`$(expr)` is a dynamic label or type, not one). */
const paramsOf = (cypher: string) => [...new Set([...cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1] as RowName))];

interface BulkStatement {
  name: string;
  cypher: string;
  /** Per article (`$articles`, one row per annotation) or over the concatenated rows. */
  perArticle: boolean;
  params: RowName[];
}

export const BULK_STATEMENTS: BulkStatement[] = LOAD_ORDER.map((name) => {
  const cypher = LOAD_STATEMENTS[name];
  const params = paramsOf(cypher);
  if (!params.includes('article')) return { name, cypher, perArticle: false, params };
  return {
    name,
    cypher: `UNWIND $articles AS row_\n${cypher.replace(/\$([A-Za-z_]\w*)/g, 'row_.$1')}`,
    perArticle: true,
    params,
  };
});

/** The parameters of each statement for one batch of annotations. */
export function batchParameters(annotations: Annotation[]): Map<string, Record<string, unknown>> {
  const rows = annotations.map(toGraphRows);
  const articles = new Set<string>();
  for (const r of rows) {
    // The same article twice in one batch would make "its" rows ambiguous.
    if (articles.has(r.article.id)) throw new Error(`${r.article.id} appears twice in one batch`);
    articles.add(r.article.id);
  }
  const out = new Map<string, Record<string, unknown>>();
  for (const s of BULK_STATEMENTS) {
    if (s.perArticle) {
      out.set(s.name, { articles: rows.map((r) => Object.fromEntries(s.params.map((p) => [p, r[p]]))) });
    } else {
      out.set(s.name, Object.fromEntries(s.params.map((p) => [p, rows.flatMap((r) => r[p] as unknown[])])));
    }
  }
  return out;
}

export interface BulkLoadStats extends LoadStats {
  articles: number;
  claims: number;
  transactions: number;
}

const COUNTERS = ['nodesCreated', 'nodesDeleted', 'relationshipsCreated', 'relationshipsDeleted', 'propertiesSet'] as const;

const emptyStats = (): BulkLoadStats => ({
  articles: 0,
  claims: 0,
  transactions: 0,
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
});

/** Writes a batch of validated annotations (distinct articles) in one write transaction. */
export async function writeBatch(db: GraphDatabase, annotations: Annotation[]): Promise<BulkLoadStats> {
  const params = batchParameters(annotations);
  const stats = await db.write(async (tx) => {
    const counted = emptyStats();
    for (const s of BULK_STATEMENTS) {
      const updates = (await tx.run(s.cypher, params.get(s.name))).summary.counters.updates();
      for (const key of COUNTERS) counted[key] += updates[key];
    }
    return counted;
  });
  return { ...stats, articles: annotations.length, claims: annotations.reduce((n, a) => n + a.claims.length, 0), transactions: 1 };
}

export interface BulkLoadOptions {
  /** Annotations per write transaction. */
  batchSize?: number;
  /** Called after each committed batch with the running totals. */
  onBatch?: (totals: BulkLoadStats) => void;
}

/**
 * Loads annotations (any iterable, e.g. a lazy generator) batch by batch, in order. The next
 * batch is prepared while the previous one is being written.
 */
export async function bulkLoad(
  db: GraphDatabase,
  annotations: Iterable<Annotation>,
  options: BulkLoadOptions = {},
): Promise<BulkLoadStats> {
  const batchSize = options.batchSize ?? 50;
  const totals = emptyStats();
  const iterator = annotations[Symbol.iterator]();
  const nextBatch = (): Annotation[] => {
    const batch: Annotation[] = [];
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      batch.push(next.value);
      if (batch.length >= batchSize) break;
    }
    return batch;
  };
  let batch = nextBatch();
  while (batch.length > 0) {
    const writing = writeBatch(db, batch);
    // Awaited below; until then a failure must not count as unhandled.
    writing.catch(() => undefined);
    // Let the driver send the first statement before spending the CPU on the next batch.
    await new Promise((resolve) => setImmediate(resolve));
    const following = nextBatch();
    const stats = await writing;
    for (const key of [...COUNTERS, 'articles', 'claims', 'transactions'] as const) totals[key] += stats[key];
    options.onBatch?.({ ...totals });
    batch = following;
  }
  return totals;
}
