/**
 * Transient errors: a real deadlock in Neo4j (two write transactions locking the same two nodes
 * in opposite order) is detected, the losing transaction is rolled back, and the driver's managed
 * transaction runs its work again. When that work is an article ingest, the retry writes the
 * article exactly once and completely. Concurrent ingests over HTTP (same text, and different
 * texts sharing entities) all succeed and leave one copy of each article.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { contentHash } from '../../src/graph/write/annotation-rows.ts';
import type { GraphDatabase, Work } from '../../src/graph/database.ts';
import { ingestAnnotation } from '../../src/graph/write/ingest-annotation.ts';
import { extractAnnotation } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { expectData, resetToSeed, startTestServer, TEST_API_KEY, testDatabase, type TestServer } from '../support/harness.ts';
import { codes, corpusText, sleep } from '../support/servers.ts';

const PUTIN =
  'Putin Warns the West\n\nVladimir Putin said Friday that Russia would respond to any new sanctions, Reuters reports. ' +
  '"We will not be intimidated," Putin told reporters in Moscow.';

/** Promise with its resolver, to line up two transactions. */
function signal() {
  let fire!: () => void;
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fire, fired };
}

const lock = (id: string) => `MATCH (m:HardeningMarker {id: '${id}'}) SET m.v = coalesce(m.v, 0) + 1`;

/**
 * Runs two write transactions that deadlock on their first attempt. `victim` does its work
 * (taking its locks) and then waits for marker Y, which `closer` already holds; once the victim
 * is waiting, `closer` asks for one of the victim's nodes and closes the cycle. Neo4j aborts the
 * party holding fewer locks, so `closer` first locks 2,000 nodes: the victim is rolled back with
 * DeadlockDetected (a transient error) and run again by the driver. Returns how often each ran.
 */
async function deadlock<T>(
  db: GraphDatabase,
  victim: Work<T>,
  closerWaitsFor: string,
): Promise<{ value: T; attempts: { victim: number; closer: number } }> {
  const attempts = { victim: 0, closer: 0 };
  const closerHolds = signal();
  const victimHolds = signal();
  const closer = db.write(async (tx) => {
    const first = ++attempts.closer === 1;
    // Neo4j rolls back the party of a deadlock that holds fewer locks: hold many more than any ingest.
    await tx.run('MATCH (m:HardeningBulk) SET m.v = coalesce(m.v, 0) + 1');
    await tx.run(lock('y'));
    if (first) {
      closerHolds.fire();
      await victimHolds.fired;
      await sleep(300); // the victim is now waiting for Y
    }
    await tx.run(closerWaitsFor);
  });
  const waiting = db.write(async (tx) => {
    const value = await victim(tx);
    if (++attempts.victim === 1) {
      await closerHolds.fired;
      victimHolds.fire();
    }
    await tx.run(lock('y'));
    return value;
  });
  const [value] = await Promise.all([waiting, closer]);
  return { value, attempts };
}

describe('transient errors and retries', () => {
  const db = testDatabase();
  let server: TestServer;

  beforeAll(async () => {
    await resetToSeed(db);
    server = await startTestServer();
  });
  beforeAll(async () => {
    await db.write((tx) => tx.run(`UNWIND ['x', 'y'] AS id MERGE (:HardeningMarker {id: id})`));
    await db.write((tx) => tx.run('UNWIND range(1, 2000) AS i CREATE (:HardeningBulk {i: i})'));
  });
  afterAll(async () => {
    await server?.stop();
    await resetToSeed(db);
    await db.close();
  });

  it('retries a deadlocked write transaction: both transactions commit', async () => {
    const { attempts } = await deadlock(db, async (tx) => void (await tx.run(lock('x'))), lock('x'));
    // Neo4j refused the victim with DeadlockDetected (a transient error); the driver ran it again.
    expect(attempts).toEqual({ victim: 2, closer: 1 });
    const values = await db.read(async (tx) =>
      (await tx.run('MATCH (m:HardeningMarker) RETURN m.id AS id, m.v AS v ORDER BY id')).records.map((r) => r.get('v')),
    );
    expect(values).toEqual([2, 2]);
  });

  it('an ingest that is retried writes its article once and completely', async () => {
    const nlp = createCoreNlpClient(inject('corenlpUrl'));
    const annotation = parseAnnotation(await extractAnnotation(PUTIN, { publishedAt: '2022-03-04T10:00:00+03:00' }, nlp), 'putin');
    const putin = await db.read(
      async (tx) => (await tx.run(`MATCH (e:Entity {name: 'Vladimir Putin'}) RETURN e.id AS id`)).records[0].get('id') as string,
    );
    const { value: outcome, attempts } = await deadlock(
      db,
      (tx) => ingestAnnotation(tx, annotation),
      `MATCH (e:Entity {id: '${putin}'}) SET e.touched = true`,
    );
    expect(attempts).toEqual({ victim: 2, closer: 1 }); // the ingest was rolled back and run again
    expect(outcome.duplicate).toBe(false);

    const stored = await db.read(async (tx) =>
      (
        await tx.run(
          `MATCH (a:Article {contentHash: $hash}) OPTIONAL MATCH (c:Claim)-[:APPEARS_IN]->(a)
           RETURN count(DISTINCT a) AS articles, count(c) AS claims`,
          { hash: contentHash(PUTIN) },
        )
      ).records[0].toObject(),
    );
    expect(stored).toEqual({ articles: 1, claims: annotation.claims.length });
    const putins = await db.read(async (tx) =>
      (await tx.run(`MATCH (e:Entity) WHERE toLower(e.name) CONTAINS 'putin' RETURN count(e) AS n`)).records[0].get('n'),
    );
    expect(putins).toBe(1);
  });

  it('concurrent ingests over HTTP all succeed and store each article once', async () => {
    const ingest = (text: string) =>
      server.graphql(
        'mutation($t: String!) { ingestArticle(input: { text: $t }) { stats { claims duplicate } article { id } } }',
        { t: text },
        { authorization: `Bearer ${TEST_API_KEY}` },
      );
    // The same text five times at once, and three texts that share entities, all in parallel.
    const same = `${corpusText('newser-2012-gaza-ceasefire.txt')}\n\nConcurrency copy.`;
    const different = ['newser-2012-damascus-bombings.txt', 'newser-2011-libya-detainees.txt', 'newser-2017-mexico-soldier-video.txt'].map(
      (f) => corpusText(f),
    );
    const responses = await Promise.all([...Array.from({ length: 5 }, () => ingest(same)), ...different.map(ingest)]);
    for (const response of responses) expect(codes(response)).toEqual([]);

    const sameIds = new Set(responses.slice(0, 5).map((r) => r.data.ingestArticle.article.id));
    expect(sameIds.size).toBe(1);
    for (const [i, text] of [same, ...different].entries()) {
      const expected = parseAnnotation(await extractAnnotation(text, {}, createCoreNlpClient(inject('corenlpUrl'))), `text ${i}`).claims
        .length;
      const row = await db.read(async (tx) =>
        (
          await tx.run(
            'MATCH (a:Article {contentHash: $h}) OPTIONAL MATCH (c:Claim)-[:APPEARS_IN]->(a) RETURN count(DISTINCT a) AS a, count(c) AS c',
            { h: contentHash(text) },
          )
        ).records[0].toObject(),
      );
      expect(row).toEqual({ a: 1, c: expected });
    }
    // Everything again: all duplicates, nothing changes.
    const again = await Promise.all([same, ...different].map(ingest));
    for (const response of again) expect(expectData(response).ingestArticle.stats.duplicate).toBe(true);
  }, 600_000); // eight parses at once on the shared CoreNLP, twice
});
