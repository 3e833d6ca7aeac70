/**
 * Bulk loading (src/graph/write/bulk-load.ts) writes the same graph as the loader run article by
 * article, and is idempotent too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.ts';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { applySchema } from '../../src/graph/apply-schema.ts';
import { bulkLoad } from '../../src/graph/write/bulk-load.ts';
import type { GraphDatabase } from '../../src/graph/database.ts';
import { writeAnnotation } from '../../src/graph/write/load-annotation.ts';
import { emptyDatabase, resetToSeed, testDatabase } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';

/** Every node and relationship with its properties, except creation times; sorted. */
async function dump(db: GraphDatabase): Promise<{ nodes: string[]; relationships: string[] }> {
  return db.read(async (tx) => {
    const nodes = await tx.run(`
      MATCH (n)
      WITH n, [k IN keys(n) WHERE k <> 'createdAt' | [k, n[k]]] AS props
      RETURN labels(n) AS labels, props`);
    const rels = await tx.run(`
      MATCH (a)-[r]->(b)
      RETURN type(r) AS type, a.id AS from, b.id AS to, [k IN keys(r) WHERE k <> 'createdAt' | [k, r[k]]] AS props`);
    // Temporal values print as ISO 8601.
    const canon = (v: unknown) =>
      JSON.stringify(v, (_, x) => (x && typeof x === 'object' && !Array.isArray(x) && x.constructor !== Object ? String(x) : x));
    return {
      nodes: nodes.records
        .map((r) =>
          canon([
            [...r.get('labels')].sort(),
            [...r.get('props')].sort((x: unknown[], y: unknown[]) => String(x[0]).localeCompare(String(y[0]))),
          ]),
        )
        .sort(),
      relationships: rels.records
        .map((r) =>
          canon([
            r.get('type'),
            r.get('from'),
            r.get('to'),
            [...r.get('props')].sort((x: unknown[], y: unknown[]) => String(x[0]).localeCompare(String(y[0]))),
          ]),
        )
        .sort(),
    };
  });
}

describe('bulk loading', () => {
  const db = testDatabase();
  const annotations: Annotation[] = [
    seedAnnotation,
    ...[...generateCorpus({ seed: 3, articles: 40 })].map((a) => parseAnnotation(a, a.article.id)),
  ];
  let oneByOne: Awaited<ReturnType<typeof dump>>;

  beforeAll(async () => {
    await emptyDatabase(db);
    await applySchema(db);
    for (const annotation of annotations) await db.write((tx) => writeAnnotation(tx, annotation));
    oneByOne = await dump(db);
    await emptyDatabase(db);
  });
  afterAll(async () => {
    await resetToSeed(db);
    await db.close();
  });

  it('writes the same graph as loading the annotations one by one', async () => {
    const stats = await bulkLoad(db, annotations, { batchSize: 7 });
    expect(stats).toMatchObject({ articles: annotations.length, transactions: Math.ceil(annotations.length / 7) });
    expect(stats.claims).toBe(annotations.reduce((n, a) => n + a.claims.length, 0));
    const bulk = await dump(db);
    expect(bulk.nodes.length).toBeGreaterThan(500);
    expect(bulk.nodes).toEqual(oneByOne.nodes);
    expect(bulk.relationships).toEqual(oneByOne.relationships);
  });

  it('is idempotent: loading the same batches again changes nothing', async () => {
    const stats = await bulkLoad(db, annotations, { batchSize: 13 });
    expect(stats.nodesCreated - stats.nodesDeleted).toBe(0);
    const again = await dump(db);
    expect(again.nodes).toEqual(oneByOne.nodes);
    expect(again.relationships).toEqual(oneByOne.relationships);
  });

  it('refuses a batch that holds the same article twice', async () => {
    await expect(bulkLoad(db, [annotations[1], annotations[1]], { batchSize: 5 })).rejects.toThrow(/appears twice in one batch/);
  });
});
