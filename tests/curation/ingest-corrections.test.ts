/**
 * The ingest corrections of issue 12 that live outside src/ingest: duplicates found on the
 * normalised text, dryRun reporting them, and undated articles (publishedAt null, never 1970).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAnnotations } from '../../src/graph/seed.ts';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';
import { rawSeed, removeAnnotationCopies, writeAnnotationCopy } from '../seed/annotation-copies.ts';
import { graphFingerprint, writer } from './support.ts';

const KIM = readFileSync(join(PROJECT_ROOT, 'tests', 'data', 'corpus', 'newser-2017-kim-jong-nam-vx.txt'), 'utf8');
const INGEST = `
  mutation($input: IngestArticleInput!, $dryRun: Boolean) {
    ingestArticle(input: $input, dryRun: $dryRun) { article { id publishedAt } stats { duplicate dryRun } }
  }`;

describe('ingest corrections', () => {
  const { server, db } = seededServer();
  afterAll(removeAnnotationCopies);
  let stored: string;

  it('the same article with one more newline, CRLF line endings and decomposed accents is a duplicate', async () => {
    const first = expectData(
      await server.graphql(INGEST, { input: { text: KIM, publishedAt: '2017-02-24T12:00:00-05:00' } }, writer),
    ).ingestArticle;
    expect(first.stats.duplicate).toBe(false);
    stored = first.article.id;
    const before = await graphFingerprint(db);
    const variant = `${KIM.replace(/\n/g, '\r\n')}\r\n  \n`.replace('Kim', 'Kim\u00a0').normalize('NFD');
    expect(variant).not.toBe(KIM);
    const again = expectData(await server.graphql(INGEST, { input: { text: variant } }, writer)).ingestArticle;
    expect(again.stats.duplicate).toBe(true);
    expect(again.article.id).toBe(stored);
    expect(await graphFingerprint(db)).toBe(before);
  }, 240_000);

  it('dryRun of a text already in the graph reports duplicate: true and the stored article', async () => {
    const before = await graphFingerprint(db);
    const dry = expectData(await server.graphql(INGEST, { input: { text: `${KIM}\n` }, dryRun: true }, writer)).ingestArticle;
    expect(dry.stats).toEqual({ duplicate: true, dryRun: true });
    expect(dry.article.id).toBe(stored);
    expect(await graphFingerprint(db)).toBe(before);
  }, 240_000);

  it('an annotation without publishedAt loads; the API says null, never 1970, and lists the article after the dated ones', async () => {
    const raw = rawSeed();
    raw.article.id = 'undated-copy';
    delete raw.article.publishedAt;
    delete raw.article.publishedAtText;
    await loadAnnotations(db, [writeAnnotationCopy('undated', raw, `${seedAnnotation.text}\nAn undated copy.`)]);
    const data = expectData(await server.graphql('{ articles { nodes { title publishedAt } } }'));
    expect(data.articles.nodes.map((a: { publishedAt: string | null }) => a.publishedAt?.slice(0, 4) ?? null)).toEqual([
      '2022',
      '2017',
      null,
    ]);
  });

  it('an ingested text with no date anywhere is undated: publishedAt null', async () => {
    const text = 'Harbour master Marguerite Okonkwo-Hale said the port of Lagos will reopen, the Nigerian Ports Authority told Reuters.';
    const result = expectData(await server.graphql(INGEST, { input: { text } }, writer)).ingestArticle;
    expect(result.article.publishedAt).toBeNull();
    const stored = await db.read((tx) => tx.run('MATCH (a:Article) WHERE a.text = $text RETURN a.publishedAt AS p', { text }));
    expect(stored.records[0].get('p')).toBeNull();
  }, 240_000);
});
