/**
 * reextractArticle through HTTP, with the real extractor on the real NLP server: machine-made
 * claims are replaced, claims a person made or edited are kept, and nothing new overlaps them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';
import { gid, graphFingerprint, HISTORY, writer } from './support.ts';

const KIM = readFileSync(join(PROJECT_ROOT, 'tests', 'data', 'corpus', 'newser-2017-kim-jong-nam-vx.txt'), 'utf8');
const REEXTRACT = `mutation($id: ID!) { reextractArticle(id: $id) { kept added removed article { id } edit { operation before after } } }`;
const CLAIMS = `query($id: ID!) { article(id: $id) { claims(first: 100) { totalCount nodes { id text origin evidence { start end } } } } }`;

interface ClaimNode {
  id: string;
  text: string;
  origin: string;
  evidence: { start: number; end: number };
}

describe('reextractArticle', () => {
  const { server, db } = seededServer();

  it('replaces the extracted claims of an ingested article and keeps the one an analyst edited', async () => {
    const article = expectData(
      await server.graphql(
        'mutation($t: String!) { ingestArticle(input: {text: $t, publishedAt: "2017-02-24T12:00:00-05:00"}) { article { id } } }',
        { t: KIM },
        writer,
      ),
    ).ingestArticle.article.id;
    const before: ClaimNode[] = expectData(await server.graphql(CLAIMS, { id: article })).article.claims.nodes;
    expect(before.length).toBeGreaterThan(1);
    const edited = before[0];
    expectData(
      await server.graphql(
        'mutation($id: ID!) { updateClaim(id: $id, input: {text: "An analyst rewrote this."}) { origin } }',
        { id: edited.id },
        writer,
      ),
    );

    const result = expectData(await server.graphql(REEXTRACT, { id: article }, writer)).reextractArticle;
    expect(result).toMatchObject({ kept: 1, removed: before.length - 1 });
    expect(result.edit.operation).toBe('REEXTRACT_ARTICLE');

    const after: ClaimNode[] = expectData(await server.graphql(CLAIMS, { id: article })).article.claims.nodes;
    expect(after.length).toBe(1 + result.added);
    expect(after.find((c) => c.id === edited.id)).toMatchObject({ text: 'An analyst rewrote this.', origin: 'EDITED' });
    const fresh = after.filter((c) => c.id !== edited.id);
    expect(new Set(fresh.map((c) => c.origin))).toEqual(new Set(fresh.length ? ['EXTRACTED'] : []));
    for (const c of fresh) expect(c.evidence.start < edited.evidence.end && edited.evidence.start < c.evidence.end).toBe(false);

    const history = expectData(await server.graphql(HISTORY, { id: article })).history.nodes.map((e: { operation: string }) => e.operation);
    expect(history).toEqual(['REEXTRACT_ARTICLE', 'UPDATE_CLAIM', 'INGEST_ARTICLE']);
  }, 240_000);

  it('keeps every hand-annotated claim of the seed and adds none that overlaps one', async () => {
    const id = gid(`article/${seedAnnotation.article.id}`);
    const result = expectData(await server.graphql(REEXTRACT, { id }, writer)).reextractArticle;
    expect(result).toMatchObject({ kept: seedAnnotation.claims.length, removed: 0 });
    const claims: ClaimNode[] = expectData(await server.graphql(CLAIMS, { id })).article.claims.nodes;
    const curated = claims.filter((c) => c.origin === 'CURATED');
    expect(curated.map((c) => c.text).sort()).toEqual(seedAnnotation.claims.map((c) => c.text).sort());
    for (const c of claims.filter((x) => x.origin !== 'CURATED')) {
      for (const s of seedAnnotation.claims) expect(c.evidence.start < s.evidence.end && s.evidence.start < c.evidence.end).toBe(false);
    }
  }, 240_000);

  it('refuses an unknown article, a claim id, and a request without the writer role, writing nothing', async () => {
    const before = await graphFingerprint(db);
    expect((await server.graphql(REEXTRACT, { id: gid('article/no-such-article') }, writer)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await server.graphql(REEXTRACT, { id: gid(`claim/${seedAnnotation.article.id}/c01`) }, writer)).errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
    expect((await server.graphql(REEXTRACT, { id: gid(`article/${seedAnnotation.article.id}`) })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await graphFingerprint(db)).toBe(before);
  });
});
