/**
 * `npm run ingest -- <folder>` as a user runs it: every corpus article ingests without error,
 * the summary counts what was written, and a second run changes nothing.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentHash } from '../../src/graph/annotation-rows.ts';
import { countNodes } from '../../src/graph/seed.ts';
import { extractAnnotation } from '../../src/ingest/extract.ts';
import { PROJECT_ROOT } from '../../src/server/config.ts';
import { resetToSeed, testDatabase } from '../support/harness.ts';

const run = promisify(execFile);
const CORPUS = join(PROJECT_ROOT, 'tests', 'data', 'corpus');
const texts = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(CORPUS, f), 'utf8'));

const ingest = () =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', CORPUS], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'neo4j' },
  });

describe('npm run ingest on the corpus folder', () => {
  const db = testDatabase();
  beforeAll(() => resetToSeed(db));
  afterAll(() => db.close());

  it('ingests every corpus article, each complete, and reports what it wrote', async () => {
    const { stdout } = await ingest();
    expect(stdout).toContain(`articles ingested: ${texts.length}, already present: 0, failed: 0`);
    const expectedClaims = texts.reduce((n, t) => n + extractAnnotation(t).claims.length, 0);
    expect(stdout).toContain(`claims: ${expectedClaims}`);
    for (const text of texts) {
      const result = await db.read((tx) =>
        tx.run('MATCH (a:Article {contentHash: $hash}) RETURN COUNT { (a)<-[:APPEARS_IN]-(:Claim) } AS claims', { hash: contentHash(text) }),
      );
      expect(result.records[0].get('claims')).toBe(extractAnnotation(text).claims.length);
    }
  });

  it('a second run finds every article already present and writes nothing', async () => {
    const before = await countNodes(db);
    const { stdout } = await ingest();
    expect(stdout).toContain(`articles ingested: 0, already present: ${texts.length}, failed: 0`);
    expect(await countNodes(db)).toEqual(before);
  });
});
