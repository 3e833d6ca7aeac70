/** Issue 3: loading the seed a second time changes nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countNodes, loadSeed } from '../../src/graph/seed.ts';
import { resetToSeed, testDatabase } from '../support/harness.ts';
import { seedAnnotation as a } from '../support/seed-annotation.ts';
import { expectedLabels, expectedRelationships, graphCounts } from './graph-counts.ts';

describe('loading the seed twice', () => {
  const db = testDatabase();

  /** Every node's key and every relationship's (from, type, to), plus claim creation times. */
  async function snapshot() {
    const nodes = await db.read((tx) =>
      tx.run('MATCH (n) RETURN coalesce(n.id, "") AS id, labels(n) AS labels, n.createdAt AS createdAt ORDER BY id'),
    );
    const rels = await db.read((tx) =>
      tx.run('MATCH (x)-[r]->(y) RETURN x.id + " " + type(r) + " " + y.id AS rel, properties(r) AS props ORDER BY rel'),
    );
    return {
      nodes: nodes.records.map((r) => ({ id: r.get('id'), labels: [...r.get('labels')].sort(), createdAt: String(r.get('createdAt')) })),
      rels: rels.records.map((r) => ({ rel: r.get('rel'), props: r.get('props') })),
    };
  }

  let before: Awaited<ReturnType<typeof graphCounts>>;
  let snapshotBefore: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    await resetToSeed(db);
    before = await graphCounts(db);
    snapshotBefore = await snapshot();
    await loadSeed(db);
  });
  afterAll(() => db.close());

  it('starts from the graph the annotation describes', () => {
    expect(before.labels).toEqual(expectedLabels(a));
    expect(before.relationships).toEqual(expectedRelationships(a));
  });

  it('leaves the counts of nodes by label and relationships by type unchanged', async () => {
    expect(await graphCounts(db)).toEqual(before);
  });

  it('leaves the same nodes (same keys, labels, creation times) and the same relationships', async () => {
    const after = await snapshot();
    expect(after.nodes).toEqual(snapshotBefore.nodes);
    expect(after.rels).toEqual(snapshotBefore.rels);
  });

  it('reports nothing created by a third load', async () => {
    const total = await countNodes(db);
    const [{ stats }] = await loadSeed(db);
    expect(stats.nodesCreated - stats.nodesDeleted).toBe(0);
    expect(stats.relationshipsCreated - stats.relationshipsDeleted).toBe(0);
    expect(await countNodes(db)).toEqual(total);
  });
});
