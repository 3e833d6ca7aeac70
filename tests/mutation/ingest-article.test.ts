/**
 * ingestArticle through HTTP against the real Neo4j: authorisation, dry run, writing,
 * idempotency by content hash, entity resolution across articles, and bad input leaving
 * the database as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { countNodes } from '../../src/graph/seed.ts';
import { expectData, seededServer, startTestServer, TEST_API_KEY } from '../support/harness.ts';

const corpus = (name: string) => readFileSync(join(PROJECT_ROOT, 'tests', 'data', 'corpus', name), 'utf8');
const KIM = corpus('newser-2017-kim-jong-nam-vx.txt');
const auth = { authorization: `Bearer ${TEST_API_KEY}` };

const INGEST = `
  mutation Ingest($input: IngestArticleInput!, $dryRun: Boolean) {
    ingestArticle(input: $input, dryRun: $dryRun) {
      stats { entitiesNew entitiesMerged claims relations duplicate dryRun }
      article { id title publishedAt contentHash claims(first: 100) { totalCount } }
      claims { id text claimants { id name } reportedVia { name } evidence { start end text article { id } } provenance { role } }
      entities { id name type aliases }
    }
  }`;

describe('ingestArticle', () => {
  const { server, db } = seededServer();

  it('refuses without a bearer key (UNAUTHENTICATED) and with a wrong one (FORBIDDEN), writing nothing', async () => {
    const before = await countNodes(db);
    const none = await server.graphql(INGEST, { input: { text: KIM } });
    expect(none.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await server.graphql(INGEST, { input: { text: KIM } }, { authorization: 'Bearer not-the-key-at-all' });
    expect(wrong.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await countNodes(db)).toEqual(before);
  });

  it('is disabled with FORBIDDEN when the server has no API_KEY', async () => {
    const noKey = await startTestServer({ API_KEY: '' });
    try {
      const response = await noKey.graphql(INGEST, { input: { text: KIM } }, auth);
      expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(response.errors?.[0].message).toMatch(/API_KEY/);
    } finally {
      await noKey.stop();
    }
  });

  it('dry run returns the extraction with the query API fields and writes nothing', async () => {
    const before = await countNodes(db);
    const data = expectData(
      await server.graphql(INGEST, { input: { text: KIM, publishedAt: '2017-02-24T12:00:00-05:00' }, dryRun: true }, auth),
    );
    const result = data.ingestArticle;
    expect(result.stats.dryRun).toBe(true);
    expect(result.claims.length).toBeGreaterThan(0);
    expect(result.stats.claims).toBe(result.claims.length);
    for (const claim of result.claims) {
      expect(claim.claimants.length).toBeGreaterThan(0);
      expect(KIM.slice(claim.evidence.start, claim.evidence.end)).toBe(claim.evidence.text);
      expect(claim.evidence.article.id).toBe(result.article.id);
      expect(claim.provenance[0].role).toBe('CLAIMANT');
    }
    expect(result.article.publishedAt).toBe('2017-02-24T12:00:00-05:00');
    expect(await countNodes(db)).toEqual(before);
    const lookup = await server.graphql('query($id: ID!) { article(id: $id) { id } }', { id: result.article.id });
    expect(lookup.data.article).toBeNull();
  });

  it('writes the article in one go, and the same text again changes nothing', async () => {
    const first = expectData(
      await server.graphql(INGEST, { input: { text: KIM, publishedAt: '2017-02-24T12:00:00-05:00' } }, auth),
    ).ingestArticle;
    expect(first.stats.duplicate).toBe(false);
    expect(first.article.claims.totalCount).toBe(first.claims.length);
    const stored = expectData(
      await server.graphql('query($id: ID!) { article(id: $id) { text claims(first: 100) { totalCount } } }', { id: first.article.id }),
    );
    expect(stored.article.text).toBe(KIM);
    const after = await countNodes(db);

    const again = expectData(await server.graphql(INGEST, { input: { text: KIM } }, auth)).ingestArticle;
    expect(again.stats.duplicate).toBe(true);
    expect(again.article.id).toBe(first.article.id);
    expect(await countNodes(db)).toEqual(after);
  });

  it("stores the words that named each claim's claimants, read back from the graph, not as aliases", async () => {
    const text =
      'The Federal Bureau of Investigation opened an inquiry into the Delmont shipyard fire on Monday. The agency said the blaze had been set on purpose. ' +
      'Lena Ortiz and Marco Vell spoke to reporters at the gate. Both said the shipyard had ignored repeated warnings.';
    const written = expectData(await server.graphql(INGEST, { input: { text, publishedAt: '2016-05-03T12:00:00Z' } }, auth)).ingestArticle;
    const read = await Promise.all(
      written.claims.map(
        async ({ id }: { id: string }) =>
          expectData(await server.graphql('query($id: ID!) { claim(id: $id) { text claimantMentions claimants { aliases } } }', { id }))
            .claim,
      ),
    );
    const mentionsOf = (words: string) => read.find((c: { text: string }) => c.text.includes(words));
    expect(mentionsOf('set on purpose').claimantMentions).toEqual(['The agency']);
    expect(mentionsOf('set on purpose').claimants[0].aliases).not.toContain('The agency');
    expect(mentionsOf('ignored repeated warnings').claimantMentions).toEqual(['Both']);
  });

  it('reuses an entity already in the graph and grows its aliases', async () => {
    const text =
      'Putin Warns the West\n\nVladimir Putin said Friday that Russia would respond to any new sanctions, Reuters reports. ' +
      '"We will not be intimidated," Putin told reporters in Moscow.';
    const result = expectData(
      await server.graphql(INGEST, { input: { text, publishedAt: '2022-03-04T10:00:00+03:00' } }, auth),
    ).ingestArticle;
    const putins = result.entities.filter((e: { name: string; aliases: string[] }) => /putin/i.test([e.name, ...e.aliases].join(' ')));
    expect(putins).toHaveLength(1);
    expect(result.stats.entitiesMerged).toBeGreaterThan(0);
    const seeded = expectData(await server.graphql('{ entity(name: "Vladimir Putin") { id articles { id } } }'));
    expect(putins[0].id).toBe(seeded.entity.id);
    expect(seeded.entity.articles.map((a: { id: string }) => a.id)).toContain(result.article.id);
  });

  it.each([
    ['empty text', { text: '' }],
    ['whitespace text', { text: ' \n\t ' }],
    ['binary text', { text: 'PK\u0003\u0004\u0000\u0000 binary' }],
    ['invalid UTF-8 (replacement characters)', { text: 'caf\uFFFD \uFFFD said the minister' }],
    ['a lone surrogate', { text: 'He said \uD800 hello' }],
    ['text over 1 MB', { text: 'The minister said hello. '.repeat(45_000) }],
    ['a publishedAt that is not a date', { text: KIM, publishedAt: 'last Tuesday' }],
    ['an impossible date', { text: KIM, publishedAt: '2022-02-30T10:00:00Z' }],
    ['a url that is not http', { text: KIM, url: 'javascript:alert(1)' }],
  ])('rejects %s with BAD_USER_INPUT and writes nothing', async (_, input) => {
    const before = await countNodes(db);
    const response = await server.graphql(INGEST, { input }, auth);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countNodes(db)).toEqual(before);
  });
});
