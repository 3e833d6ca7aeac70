/**
 * Issue 3: a corrupted annotation is rejected before anything is written, with an
 * AnnotationError naming the file, the record and the field.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationError } from '../../src/graph/annotation.ts';
import { loadAnnotations } from '../../src/graph/seed.ts';
import { resetToSeed, testDatabase } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';
import { removeAnnotationCopies, rawSeed, writeAnnotationCopy, type RawAnnotation } from './annotation-copies.ts';
import { graphCounts } from './graph-counts.ts';

/** Runs the load and returns the error it must throw. */
async function rejection(load: Promise<unknown>): Promise<AnnotationError> {
  const error = await load.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AnnotationError);
  return error as AnnotationError;
}

const claimIndex = (raw: RawAnnotation, id: string) => raw.claims.findIndex((c) => c.id === id);

describe('loading a corrupted annotation', () => {
  const db = testDatabase();
  let before: Awaited<ReturnType<typeof graphCounts>>;
  // Claims to corrupt, picked from the annotation (ids, not positions, so the test follows the file).
  const [first, second, third] = [seedAnnotation.claims[6].id, seedAnnotation.claims[10].id, seedAnnotation.claims[2].id];

  beforeAll(async () => {
    await resetToSeed(db);
    before = await graphCounts(db);
  });
  afterAll(async () => {
    removeAnnotationCopies();
    await db.close();
  });

  it('rejects a wrong evidence offset, naming the file, the claim and the field', async () => {
    const raw = rawSeed();
    raw.claims[claimIndex(raw, first)].evidence.start += 1;
    const file = writeAnnotationCopy('wrong-offset', raw);
    const error = await rejection(loadAnnotations(db, [file]));
    expect(error.source).toBe(file);
    expect(error.message).toContain(file);
    expect(error.message).toContain(`claims[${claimIndex(raw, first)}] (id ${first}).evidence`);
    expect(error.problems).toHaveLength(1);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('rejects an unknown claimant, naming the file, the claim, the field and the id', async () => {
    const raw = rawSeed();
    raw.claims[claimIndex(raw, second)].claimants = ['person/nobody-at-all'];
    const file = writeAnnotationCopy('unknown-claimant', raw);
    const error = await rejection(loadAnnotations(db, [file]));
    expect(error.message).toContain(file);
    expect(error.message).toContain(`claims[${claimIndex(raw, second)}] (id ${second}).claimants[0]`);
    expect(error.message).toContain('person/nobody-at-all');
    expect(await graphCounts(db)).toEqual(before);
  });

  it('rejects a claim missing a required field, naming the file, the claim and the field', async () => {
    const raw = rawSeed();
    delete raw.claims[claimIndex(raw, third)].verb;
    const file = writeAnnotationCopy('missing-verb', raw);
    const error = await rejection(loadAnnotations(db, [file]));
    expect(error.message).toContain(file);
    expect(error.message).toContain(`claims[${claimIndex(raw, third)}] (id ${third}).verb`);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('lists every problem of a file at once', async () => {
    const raw = rawSeed();
    raw.claims[claimIndex(raw, first)].evidence.end -= 1;
    raw.claims[claimIndex(raw, second)].claimants = ['org/nobody'];
    const file = writeAnnotationCopy('two-problems', raw);
    const error = await rejection(loadAnnotations(db, [file]));
    expect(error.problems).toHaveLength(2);
    expect(error.problems.some((p) => p.startsWith(`claims[${claimIndex(raw, first)}] (id ${first}).evidence`))).toBe(true);
    expect(error.problems.some((p) => p.startsWith(`claims[${claimIndex(raw, second)}] (id ${second}).claimants[0]`))).toBe(true);
    expect(await graphCounts(db)).toEqual(before);
  });

  it('writes nothing, not even the valid files loaded with the corrupted one', async () => {
    // A valid, new annotation: another article id and another text (so another content hash).
    const valid = rawSeed();
    valid.article.id = 'valid-copy-of-the-seed';
    valid.textFile = 'valid-copy.txt';
    const validFile = writeAnnotationCopy('valid', valid, `${seedAnnotation.text}\nA line only the copy has.`);
    const corrupted = rawSeed();
    corrupted.claims[claimIndex(corrupted, first)].evidence.start += 1;
    const corruptedFile = writeAnnotationCopy('corrupted', corrupted);

    const error = await rejection(loadAnnotations(db, [validFile, corruptedFile]));
    expect(error.source).toBe(corruptedFile);
    expect(await graphCounts(db)).toEqual(before);
    const copies = await db.read((tx) => tx.run('MATCH (n) WHERE n.id CONTAINS $id RETURN count(n) AS n', { id: valid.article.id }));
    expect(copies.records[0].get('n')).toBe(0);
  });

  it('names a missing text file', async () => {
    const raw = rawSeed();
    raw.textFile = 'no-such-text.txt';
    const file = writeAnnotationCopy('missing-text', raw, '');
    rmSync(join(dirname(file), raw.textFile));
    const error = await rejection(loadAnnotations(db, [file]));
    expect(error.message).toContain(file);
    expect(error.message).toContain('textFile');
    expect(await graphCounts(db)).toEqual(before);
  });
});
