/**
 * Crash safety of bulk ingest: `kill -9` the ingest process (src/cli/ingest.ts, the same code
 * path as `npm run ingest`) in the middle of a folder of articles. Every article must then be
 * complete (all the claims its extraction yields) or absent, by content hash; re-running the
 * ingest completes the rest and skips what is there.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { contentHash } from '../../src/graph/write/annotation-rows.ts';
import { extractAnnotation } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { resetToSeed, testDatabase } from '../support/harness.ts';
import { corpusDir, corpusText, sleep, spawnChild, type Child } from '../support/servers.ts';

/**
 * Every article is parsed twice (here for the expected claims, and by the CLI) on CoreNLP, about
 * 1,000 tokens/s on a busy machine: 12 keeps the run short; CRASH_TEST_ARTICLES=60 for a longer one.
 */
const ARTICLES = Number(process.env.CRASH_TEST_ARTICLES ?? 12);
/** Kill once at least this many articles are in, so the crash lands mid-run. */
const KILL_AFTER = Math.max(3, Math.round(ARTICLES / 8));

interface Expected {
  file: string;
  hash: string;
  claims: number;
}

describe('kill -9 during a bulk ingest', () => {
  const db = testDatabase();
  const folder = mkdtempSync(join(tmpdir(), 'hardening-crash-'));
  const expected: Expected[] = [];
  const children: Child[] = [];

  beforeAll(async () => {
    const nlp = createCoreNlpClient(inject('corenlpUrl'));
    await resetToSeed(db);
    const sources = readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
    for (let i = 0; i < ARTICLES; i++) {
      const source = sources[i % sources.length];
      const text = `${corpusText(source).trimEnd()}\n\nArchive copy ${i + 1} of ${ARTICLES}, filed for the crash test.\n`;
      const file = `article-${String(i).padStart(3, '0')}.txt`;
      writeFileSync(join(folder, file), text);
      // What the ingest CLI extracts and writes for this file.
      const annotation = parseAnnotation(await extractAnnotation(text, {}, nlp), file);
      expected.push({ file, hash: contentHash(text), claims: annotation.claims.length });
    }
    expect(new Set(expected.map((e) => e.hash)).size).toBe(ARTICLES);
    expect(expected.every((e) => e.claims > 0)).toBe(true);
  });

  afterAll(async () => {
    for (const child of children) child.kill();
    rmSync(folder, { recursive: true, force: true });
    await resetToSeed(db);
    await db.close();
  });

  const ingest = () => {
    const child = spawnChild(['--import', 'tsx', 'src/cli/ingest.ts', folder], {
      NEO4J_URI: inject('neo4jUri'),
      CORENLP_URL: inject('corenlpUrl'),
    });
    children.push(child);
    return child;
  };

  /** Per expected article: is it there, and how many claims hang off it. */
  async function state(): Promise<{ present: Expected[]; absent: Expected[]; incomplete: string[]; orphanClaims: number }> {
    const rows = await db.read(async (tx) => {
      const result = await tx.run(
        `UNWIND $hashes AS hash
         OPTIONAL MATCH (a:Article {contentHash: hash})
         OPTIONAL MATCH (c:Claim)-[:APPEARS_IN]->(a)
         RETURN hash, a IS NOT NULL AS present, count(c) AS claims`,
        { hashes: expected.map((e) => e.hash) },
      );
      return new Map(
        result.records.map((r) => [r.get('hash') as string, { present: r.get('present') as boolean, claims: r.get('claims') as number }]),
      );
    });
    const orphanClaims = await db.read(
      async (tx) =>
        (await tx.run('MATCH (c:Claim) WHERE NOT (c)-[:APPEARS_IN]->(:Article) RETURN count(c) AS n')).records[0].get('n') as number,
    );
    const present = expected.filter((e) => rows.get(e.hash)!.present);
    const incomplete = present
      .filter((e) => rows.get(e.hash)!.claims !== e.claims)
      .map((e) => `${e.file}: ${rows.get(e.hash)!.claims} of ${e.claims} claims`);
    return { present, absent: expected.filter((e) => !rows.get(e.hash)!.present), incomplete, orphanClaims };
  }

  it('leaves every article complete or absent, and a re-run completes the rest', async () => {
    const first = ingest();
    // Poll the database; SIGKILL as soon as enough articles are in.
    for (;;) {
      const { present } = await state();
      if (present.length >= KILL_AFTER) break;
      if (first.process.exitCode !== null) throw new Error(`ingest ended before the kill:\n${first.output()}`);
      await sleep(100);
    }
    first.process.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const crashed = await state();
    console.log(
      `crash: killed with ${crashed.present.length} of ${ARTICLES} articles in; ${crashed.incomplete.length} incomplete; ${crashed.orphanClaims} orphan claims`,
    );
    expect(crashed.present.length).toBeLessThan(ARTICLES);
    expect(crashed.incomplete).toEqual([]);
    expect(crashed.orphanClaims).toBe(0);

    const second = ingest();
    const exit = await second.exited;
    expect(exit, second.output()).toEqual({ code: 0, signal: null });
    expect(second.output()).toMatch(
      new RegExp(`articles ingested: ${crashed.absent.length}, already present: ${crashed.present.length}, failed: 0`),
    );

    const done = await state();
    expect(done.present.length).toBe(ARTICLES);
    expect(done.incomplete).toEqual([]);
    expect(done.orphanClaims).toBe(0);
    const totalClaims = expected.reduce((sum, e) => sum + e.claims, 0);
    console.log(
      `crash: after the re-run all ${ARTICLES} articles are complete (${totalClaims} claims checked against their content hashes)`,
    );
  }, 600_000);
});
