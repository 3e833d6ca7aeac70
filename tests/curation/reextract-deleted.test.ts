/**
 * What a person did to machine-made claims survives reextractArticle (real extractor, real NLP
 * server): a deleted claim stays deleted, however often the article is re-extracted, and an
 * edited claim does not come back beside itself as an EXTRACTED twin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { HISTORY, writer } from './support.ts';

const KIM = readFileSync(join(PROJECT_ROOT, 'tests', 'data', 'corpus', 'newser-2017-kim-jong-nam-vx.txt'), 'utf8');
const REEXTRACT = `mutation($id: ID!) { reextractArticle(id: $id) { kept added removed edit { after } } }`;
const CLAIMS = `query($id: ID!) { article(id: $id) { claims(first: 100) { totalCount nodes { id text origin evidence { start end } } } } }`;

interface ClaimNode {
  id: string;
  text: string;
  origin: string;
  evidence: { start: number; end: number };
}

const overlaps = (a: ClaimNode, b: ClaimNode) => a.evidence.start < b.evidence.end && b.evidence.start < a.evidence.end;

describe('reextractArticle after deletions and edits', () => {
  const { server } = seededServer();
  let article: string;
  let original: ClaimNode[];
  let deleted: ClaimNode;
  let edited: ClaimNode;

  const claims = async (): Promise<ClaimNode[]> => expectData(await server.graphql(CLAIMS, { id: article })).article.claims.nodes;

  it('ingests an article, deletes one extracted claim and edits another', async () => {
    article = expectData(
      await server.graphql(
        'mutation($t: String!) { ingestArticle(input: {text: $t, publishedAt: "2017-02-24T12:00:00-05:00"}) { article { id } } }',
        { t: KIM },
        writer,
      ),
    ).ingestArticle.article.id;
    original = await claims();
    expect(original.length).toBeGreaterThan(3);
    expect(new Set(original.map((c) => c.origin))).toEqual(new Set(['EXTRACTED']));
    // Two claims on passages no other claim shares, so "comes back" is unambiguous.
    const alone = original.filter((c) => original.every((o) => o === c || !overlaps(o, c)));
    expect(alone.length).toBeGreaterThanOrEqual(2);
    [deleted, edited] = [alone[0], alone[alone.length - 1]];
    expectData(await server.graphql('mutation($id: ID!) { deleteClaim(id: $id) { id } }', { id: deleted.id }, writer));
    expectData(
      await server.graphql(
        'mutation($id: ID!) { updateClaim(id: $id, input: {text: "An analyst rewrote this claim."}) { origin } }',
        { id: edited.id },
        writer,
      ),
    );
  }, 240_000);

  it('re-extraction brings back neither the deleted claim nor a twin of the edited one', async () => {
    const result = expectData(await server.graphql(REEXTRACT, { id: article }, writer)).reextractArticle;
    expect(result).toMatchObject({ kept: 1, removed: original.length - 2 });
    expect(JSON.parse(result.edit.after).leftOutAsDeleted).toBe(1);

    const after = await claims();
    // The extractor is deterministic on the same text: every other claim is back, nothing more.
    expect(after).toHaveLength(original.length - 1);
    expect(after.filter((c) => overlaps(c, deleted))).toEqual([]);
    const onEdited = after.filter((c) => overlaps(c, edited));
    expect(onEdited).toHaveLength(1);
    expect(onEdited[0]).toMatchObject({ id: edited.id, origin: 'EDITED', text: 'An analyst rewrote this claim.' });
    expect(after.filter((c) => c.text === edited.text)).toEqual([]);
  }, 240_000);

  it('and again: a second re-extraction changes nothing of that', async () => {
    const result = expectData(await server.graphql(REEXTRACT, { id: article }, writer)).reextractArticle;
    expect(result).toMatchObject({ kept: 1, removed: original.length - 2, added: original.length - 2 });
    const after = await claims();
    expect(after).toHaveLength(original.length - 1);
    expect(after.filter((c) => overlaps(c, deleted))).toEqual([]);
    expect(after.filter((c) => overlaps(c, edited)).map((c) => c.id)).toEqual([edited.id]);

    const history = expectData(await server.graphql(HISTORY, { id: article })).history.nodes.map((e: { operation: string }) => e.operation);
    expect(history).toEqual(['REEXTRACT_ARTICLE', 'REEXTRACT_ARTICLE', 'UPDATE_CLAIM', 'DELETE_CLAIM', 'INGEST_ARTICLE']);
  }, 240_000);
});
