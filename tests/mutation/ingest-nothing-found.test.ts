/**
 * An article in which the extractor finds no named entity and no claim is still news: ingestArticle
 * (real HTTP, real Neo4j, real CoreNLP) stores the article alone, says so in its stats, and a second
 * ingest of the same text is a duplicate; the CLI writes it the same way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/graph/write/annotation-rows.ts';
import { countNodes } from '../../src/graph/seed.ts';
import { expectData, seededServer, TEST_API_KEY } from '../support/harness.ts';
import { runIngestCli } from '../support/ingest-cli.ts';

const auth = { authorization: `Bearer ${TEST_API_KEY}` };
/** Written for this test: no name of a person, place or organization, no reporting verb. */
const PLAIN =
  'The morning was cold and bright. Most of the snow melted before noon, and the roads were clear by the evening rush. ' +
  'The forecast calls for more of the same until the weekend.';
const PLAIN_CLI =
  'The lake froze early this year. Ice covered the whole bay by the second week of the cold spell, and the ferry stayed in dock.';

const INGEST = `
  mutation Ingest($input: IngestArticleInput!, $dryRun: Boolean) {
    ingestArticle(input: $input, dryRun: $dryRun) {
      stats { entitiesNew entitiesMerged claims relations duplicate dryRun }
      article { id title contentHash claims(first: 10) { totalCount } }
      claims { id }
      entities { id }
    }
  }`;

describe('ingesting an article with nothing to extract', () => {
  const { server, db } = seededServer();

  it('dry run returns the article with no entities and no claims, writing nothing', async () => {
    const before = await countNodes(db);
    const data = expectData(await server.graphql(INGEST, { input: { text: PLAIN }, dryRun: true }, auth));
    const result = data.ingestArticle;
    expect(result.stats).toEqual({ entitiesNew: 0, entitiesMerged: 0, claims: 0, relations: 0, duplicate: false, dryRun: true });
    expect(result.claims).toEqual([]);
    expect(result.entities).toEqual([]);
    expect(result.article.contentHash).toBe(contentHash(PLAIN));
    expect(await countNodes(db)).toEqual(before);
  });

  it('stores the article alone, readable afterwards, and a second ingest is a duplicate', async () => {
    const first = expectData(await server.graphql(INGEST, { input: { text: PLAIN, title: 'A cold, bright morning' } }, auth));
    expect(first.ingestArticle.stats).toMatchObject({ entitiesNew: 0, claims: 0, duplicate: false, dryRun: false });
    expect(first.ingestArticle.article.title).toBe('A cold, bright morning');
    expect(first.ingestArticle.article.claims.totalCount).toBe(0);
    const stored = await db.read((tx) =>
      tx.run('MATCH (a:Article {contentHash: $hash}) RETURN COUNT { (a)<-[:APPEARS_IN]-(:Claim) } AS claims', {
        hash: contentHash(PLAIN),
      }),
    );
    expect(stored.records.map((r) => r.get('claims'))).toEqual([0]);
    const read = expectData(
      await server.graphql('query($id: ID!) { article(id: $id) { id title } }', { id: first.ingestArticle.article.id }),
    );
    expect(read.article).toEqual({ id: first.ingestArticle.article.id, title: 'A cold, bright morning' });

    const before = await countNodes(db);
    const again = expectData(await server.graphql(INGEST, { input: { text: PLAIN } }, auth));
    expect(again.ingestArticle.stats.duplicate).toBe(true);
    expect(again.ingestArticle.article.id).toBe(first.ingestArticle.article.id);
    expect(await countNodes(db)).toEqual(before);
  });

  it('the CLI writes it too, and counts it as ingested with no claims', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-plain-'));
    try {
      const file = join(dir, 'orchard.txt');
      writeFileSync(file, PLAIN_CLI);
      const { code, stdout, stderr } = await runIngestCli(file);
      expect(code, stderr).toBe(0);
      expect(stdout, stderr).toContain('articles ingested: 1, already present: 0, failed: 0');
      const stored = await db.read((tx) =>
        tx.run('MATCH (a:Article {contentHash: $hash}) RETURN count(a) AS n', { hash: contentHash(PLAIN_CLI) }),
      );
      expect(stored.records[0].get('n')).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
