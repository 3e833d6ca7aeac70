/**
 * Issue 3: an annotation that passes validation but fails inside Neo4j leaves nothing behind:
 * each file is loaded in one write transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationError } from '../../src/graph/annotation.ts';
import { loadAnnotations } from '../../src/graph/seed.ts';
import { resetToSeed, testDatabase } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';
import { removeAnnotationCopies, rawSeed, writeAnnotationCopy } from './annotation-copies.ts';
import { graphCounts } from './graph-counts.ts';

describe('a load that fails inside Neo4j', () => {
  const db = testDatabase();
  const count = async (cypher: string, params: Record<string, unknown>) =>
    (await db.read((tx) => tx.run(cypher, params))).records[0].get('n') as number;

  beforeAll(() => resetToSeed(db));
  afterAll(async () => {
    removeAnnotationCopies();
    await db.close();
  });

  it('rejects a second article with the same text (content hash constraint) and writes nothing', async () => {
    const before = await graphCounts(db);
    const raw = rawSeed();
    raw.article.id = 'same-text-other-id';
    const file = writeAnnotationCopy('same-text', raw);

    const error = await loadAnnotations(db, [file]).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(AnnotationError); // it passed validation; Neo4j refused it
    expect(error!.message).toMatch(/contentHash|already exists|constraint/i);

    expect(await graphCounts(db)).toEqual(before);
    expect(await count('MATCH (a:Article) RETURN count(a) AS n', {})).toBe(1);
    expect(await count('MATCH (n) WHERE n.id CONTAINS $id RETURN count(n) AS n', { id: raw.article.id })).toBe(0);
  });

  it('rolls back everything written before a failure late in the load', async () => {
    // A new article (new id, new text, one new entity) whose first figure's key is already
    // taken: the load writes the article, entities and claims, then fails on the figures.
    const raw = rawSeed();
    raw.article.id = 'late-failure-copy';
    raw.textFile = 'late-failure.txt';
    raw.entities.push({ id: 'person/only-in-the-copy', type: 'Person', name: 'Only In The Copy', aliases: [] });
    const claimWithFigure = seedAnnotation.claims.find((c) => c.figures.length > 0)!;
    const takenFigureKey = `claim/${raw.article.id}/${claimWithFigure.id}#f0`;
    const file = writeAnnotationCopy('late-failure', raw, `${seedAnnotation.text}\nOnly the copy ends like this.`);

    await db.write((tx) => tx.run('CREATE (:Figure {id: $id, value: 0})', { id: takenFigureKey }));
    try {
      const before = await graphCounts(db);
      const error = await loadAnnotations(db, [file]).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(AnnotationError);

      expect(await graphCounts(db)).toEqual(before);
      expect(await count('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id: `article/${raw.article.id}` })).toBe(0);
      expect(await count('MATCH (c:Claim) WHERE c.id STARTS WITH $prefix RETURN count(c) AS n', { prefix: `claim/${raw.article.id}/` })).toBe(0);
      expect(await count('MATCH (e:Entity {id: "person/only-in-the-copy"}) RETURN count(e) AS n', {})).toBe(0);
    } finally {
      await db.write((tx) => tx.run('MATCH (f:Figure {id: $id}) DELETE f', { id: takenFigureKey }));
    }
  });

  it('can still load that article once the obstacle is gone, so the failure was the constraint', async () => {
    const raw = rawSeed();
    raw.article.id = 'late-failure-copy';
    raw.textFile = 'late-failure.txt';
    const file = writeAnnotationCopy('late-failure-ok', raw, `${seedAnnotation.text}\nOnly the copy ends like this.`);
    await loadAnnotations(db, [file]);
    expect(await count('MATCH (c:Claim) WHERE c.id STARTS WITH $prefix RETURN count(c) AS n', { prefix: `claim/${raw.article.id}/` })).toBe(
      seedAnnotation.claims.length,
    );
    await resetToSeed(db);
  });
});
