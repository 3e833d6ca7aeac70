/**
 * A failure injected mid-transaction leaves nothing behind. Like tests/seed/atomicity.test.ts,
 * without stubs: the number the next Edit will get is taken in advance by a node the test writes
 * itself, so each mutation makes its whole change, then fails on the edit_id constraint when it
 * records the Edit, the last statement of its transaction. The graph must be exactly as before;
 * once the obstacle is gone the same request succeeds, so the constraint was the failure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editKey } from '../../src/graph/write/curation/edits.ts';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { expectData, seededServer } from '../support/harness.ts';
import { seedAnnotation } from '../support/seed-annotation.ts';
import { gid, graphFingerprint, HISTORY, nextEditNumber, writer } from './support.ts';

const ARTICLE = gid(`article/${seedAnnotation.article.id}`);
const claim = (local: string) => gid(`claim/${seedAnnotation.article.id}/${local}`);
const KIM = readFileSync(join(PROJECT_ROOT, 'tests', 'data', 'corpus', 'newser-2017-kim-jong-nam-vx.txt'), 'utf8');

describe('a curation mutation that fails inside Neo4j', () => {
  const { server, db } = seededServer();
  let kim: { article: string; claim: string };

  /** Runs the request with the next edit number taken: it must fail and change nothing; then without. */
  async function failsThenSucceeds(query: string, variables: Record<string, unknown>): Promise<any> {
    const obstacle = editKey(await nextEditNumber(db));
    await db.write((tx) => tx.run('CREATE (:Edit {id: $id})', { id: obstacle }));
    try {
      const before = await graphFingerprint(db);
      const failed = await server.graphql(query, variables, writer);
      expect(failed.errors?.length, JSON.stringify(failed.data)).toBeGreaterThan(0);
      expect(failed.errors![0].extensions?.code).not.toBe('BAD_USER_INPUT');
      expect(await graphFingerprint(db)).toBe(before);
    } finally {
      await db.write((tx) => tx.run('MATCH (e:Edit {id: $id}) WHERE e.seq IS NULL DELETE e', { id: obstacle }));
    }
    return expectData(await server.graphql(query, variables, writer));
  }

  it('ingests an article to work on (its claims are EXTRACTED)', async () => {
    const data = expectData(
      await server.graphql(
        'mutation($t: String!) { ingestArticle(input: {text: $t, publishedAt: "2017-02-24T12:00:00-05:00"}) { article { id } claims { id } } }',
        { t: KIM },
        writer,
      ),
    ).ingestArticle;
    kim = { article: data.article.id, claim: data.claims[0].id };
  });

  it('updateArticle', async () => {
    const data = await failsThenSucceeds(
      'mutation($id: ID!) { updateArticle(id: $id, input: {title: "New title", author: "Jane Roe", publishedAt: "2022-03-09T10:00:00-06:00"}) { title } }',
      { id: ARTICLE },
    );
    expect(data.updateArticle.title).toBe('New title');
  });

  it('updateEntity', async () => {
    const data = await failsThenSucceeds('mutation($id: ID!) { updateEntity(id: $id, input: {name: "S. Golub", type: GROUP}) { name } }', {
      id: gid('person/svetlana-golub'),
    });
    expect(data.updateEntity.name).toBe('S. Golub');
  });

  it('mergeEntities', async () => {
    const data = await failsThenSucceeds('mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from) { aliases } }', {
      into: gid('org/russia-defense-ministry'),
      from: [gid('org/russia-defense-ministry-press-service')],
    });
    expect(data.mergeEntities.aliases).toContain('Russian Defense Ministry Press Service');
  });

  it('updateClaim', async () => {
    const data = await failsThenSucceeds(
      'mutation($id: ID!, $c: [ID!]!) { updateClaim(id: $id, input: {claimants: $c, saidOn: "2022-03-01", text: "Changed."}) { text } }',
      {
        id: claim('c06'),
        c: [gid('org/ukraine-defense-ministry')],
      },
    );
    expect(data.updateClaim.text).toBe('Changed.');
  });

  it('deleteClaim', async () => {
    const withFigure = seedAnnotation.claims.find((c) => c.figures.length > 0 && c.id !== 'c06')!;
    const data = await failsThenSucceeds('mutation($id: ID!) { deleteClaim(id: $id) { id } }', { id: claim(withFigure.id) });
    expect(data.deleteClaim.id).toBe(claim(withFigure.id));
  });

  it('reextractArticle', async () => {
    expectData(
      await server.graphql('mutation($id: ID!) { updateClaim(id: $id, input: {modality: HEDGED}) { origin } }', { id: kim.claim }, writer),
    );
    const data = await failsThenSucceeds('mutation($id: ID!) { reextractArticle(id: $id) { kept added removed } }', { id: kim.article });
    expect(data.reextractArticle.kept).toBe(1);
  });

  it('ingestArticle: neither the article nor its Edit is written', async () => {
    const text =
      'Port Strike Ends\n\nDock union leader Ifeoma Adeyemi-Sloane said on Friday that the strike at the port of Apapa is over, Reuters reports.';
    const data = await failsThenSucceeds(
      'mutation($t: String!) { ingestArticle(input: {text: $t, publishedAt: "2024-05-10T12:00:00Z"}) { article { id } stats { duplicate } } }',
      { t: text },
    );
    expect(data.ingestArticle.stats.duplicate).toBe(false);
    const history = expectData(await server.graphql(HISTORY, { id: data.ingestArticle.article.id })).history.nodes;
    expect(history.map((e: { operation: string }) => e.operation)).toEqual(['INGEST_ARTICLE']);
  }, 240_000);

  it('deleteArticle', async () => {
    const data = await failsThenSucceeds('mutation($id: ID!) { deleteArticle(id: $id) { id } }', { id: kim.article });
    expect(data.deleteArticle.id).toBe(kim.article);
  });
});
