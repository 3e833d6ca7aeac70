/**
 * The start-up migrations (src/graph/migrations.ts, run by applySchema as the server and the
 * CLIs start) on data as earlier versions wrote it: an article hashed on its raw text, claims
 * without an origin, and Edits without their EditTarget links. Each is rewritten here to its
 * old form directly in Neo4j, then the start-up path runs, then the API is asked.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/apply-schema.ts';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';
import { gid, graphFingerprint, HISTORY, writer } from './support.ts';

const KIM = readFileSync(join(PROJECT_ROOT, 'tests', 'data', 'corpus', 'newser-2017-kim-jong-nam-vx.txt'), 'utf8');
const INGEST = `mutation($t: String!) { ingestArticle(input: {text: $t, publishedAt: "2017-02-24T12:00:00-05:00"}) { article { id } claims { id } stats { duplicate } } }`;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** The hash as the issue defines it: NFC, whitespace runs collapsed, trimmed. */
const normalisedHash = (text: string) => sha256(text.normalize('NFC').replace(/\s+/gu, ' ').trim());
const keyOf = (id: string) => Buffer.from(id, 'base64url').toString('utf8');

describe('start-up migrations', () => {
  const { server, db } = seededServer();
  let kim: { id: string; key: string; claims: number };

  const originCount = async (origin: string, article: string) =>
    expectData(
      await server.graphql('query($a: ID!, $o: ClaimOrigin!) { claims(filter: {article: $a, origin: $o}, first: 1) { totalCount } }', {
        a: article,
        o: origin,
      }),
    ).claims.totalCount;

  it('an article hashed on its raw text: re-ingesting it fails before the migration and is a duplicate after it', async () => {
    const first = expectData(await server.graphql(INGEST, { t: KIM }, writer)).ingestArticle;
    kim = { id: first.article.id, key: keyOf(first.article.id), claims: first.claims.length };
    expect(KIM).not.toBe(KIM.normalize('NFC').replace(/\s+/gu, ' ').trim());
    // As written before hashes were taken of the normalised text.
    await db.write((tx) =>
      tx.run('MATCH (a:Article {id: $id}) SET a.contentHash = $hash REMOVE a.contentHashVersion', { id: kim.key, hash: sha256(KIM) }),
    );

    const broken = await server.graphql(INGEST, { t: KIM }, writer);
    expect(broken.errors?.[0].message ?? '').not.toBe('');

    const report = await applySchema(db);
    expect(report).toMatchObject({ articlesRehashed: 1, duplicateTexts: [] });
    const stored = await db.read((tx) => tx.run('MATCH (a:Article {id: $id}) RETURN a.contentHash AS hash', { id: kim.key }));
    expect(stored.records[0].get('hash')).toBe(normalisedHash(KIM));

    const before = await graphFingerprint(db);
    const again = expectData(await server.graphql(INGEST, { t: KIM }, writer)).ingestArticle;
    expect(again.stats.duplicate).toBe(true);
    expect(again.article.id).toBe(kim.id);
    expect(await graphFingerprint(db)).toBe(before);
  }, 240_000);

  it('claims stored before origin existed: those of an ingested article become EXTRACTED, the hand-annotated seed CURATED', async () => {
    const seedArticle = gid(`article/${seedAnnotation.article.id}`);
    await db.write((tx) => tx.run('MATCH (c:Claim) REMOVE c.origin'));
    const report = await applySchema(db);
    expect(report.claimOrigins).toEqual({ EXTRACTED: kim.claims, CURATED: seedAnnotation.claims.length });
    expect(await originCount('EXTRACTED', kim.id)).toBe(kim.claims);
    expect(await originCount('CURATED', kim.id)).toBe(0);
    expect(await originCount('CURATED', seedArticle)).toBe(seedAnnotation.claims.length);
    expect(await originCount('EXTRACTED', seedArticle)).toBe(0);
  });

  it('edits written before EditTarget existed: history(id:) finds them again once migrated', async () => {
    const golub = gid('person/svetlana-golub');
    expectData(
      await server.graphql('mutation($id: ID!) { updateEntity(id: $id, input: {addAliases: ["S. Golub"]}) { id } }', { id: golub }, writer),
    );
    // The old form: the targets only as a list on the Edit.
    await db.write((tx) => tx.run('MATCH (t:EditTarget) DETACH DELETE t'));
    expect(expectData(await server.graphql(HISTORY, { id: golub })).history.totalCount).toBe(0);

    const report = await applySchema(db);
    // The ingest of the first test and this update.
    expect(report.editsLinked).toBe(2);
    const history = expectData(await server.graphql(HISTORY, { id: golub })).history;
    expect(history.nodes.map((e: { operation: string; by: string }) => [e.operation, e.by])).toEqual([['UPDATE_ENTITY', 'api-key']]);
    expect(expectData(await server.graphql(HISTORY, { id: kim.id })).history.nodes.map((e: { operation: string }) => e.operation)).toEqual([
      'INGEST_ARTICLE',
    ]);
  });

  it('a second start-up finds nothing to do and changes nothing', async () => {
    const before = await graphFingerprint(db);
    expect(await applySchema(db)).toEqual({
      editsLinked: 0,
      articlesRehashed: 0,
      duplicateTexts: [],
      claimOrigins: { EXTRACTED: 0, CURATED: 0 },
      claimLinksOrdered: 0,
    });
    expect(await graphFingerprint(db)).toBe(before);
  });

  it('two old articles whose texts differ only in whitespace: the first gets the new hash, the second keeps its own and is reported', async () => {
    const texts = { 'article/old-copy-a': 'An old copy.\nSaid twice.', 'article/old-copy-b': 'An old copy.\r\n\r\nSaid twice.\n' };
    for (const [id, text] of Object.entries(texts)) {
      await db.write((tx) =>
        tx.run('CREATE (:Article {id: $id, title: $id, text: $text, contentHash: $hash})', { id, text, hash: sha256(text) }),
      );
    }
    const report = await applySchema(db);
    expect(report).toMatchObject({ articlesRehashed: 1, duplicateTexts: ['article/old-copy-b'] });
    const hashes = await db.read((tx) =>
      tx.run('MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.contentHash AS hash ORDER BY id', { ids: Object.keys(texts) }),
    );
    expect(hashes.records.map((r) => r.get('hash'))).toEqual([
      normalisedHash(texts['article/old-copy-a']),
      sha256(texts['article/old-copy-b']),
    ]);
    await db.write((tx) => tx.run('MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a', { ids: Object.keys(texts) }));
  });
});
