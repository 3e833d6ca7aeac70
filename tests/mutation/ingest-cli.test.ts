/**
 * `npm run ingest -- <folder>` as a user runs it: every corpus article ingests without error,
 * the summary counts what was written, undated articles are warned about, and a second run
 * changes nothing. Per-file dates from front matter and sidecars, and non-English files skipped.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentHash } from '../../src/graph/write/annotation-rows.ts';
import { countNodes } from '../../src/graph/seed.ts';
import { extract, type ArticleMeta } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { PROJECT_ROOT } from '../../src/project-root.ts';
import { FOREIGN } from '../support/foreign-news.ts';
import { resetToSeed, testDatabase } from '../support/harness.ts';
import { runIngestCli } from '../support/ingest-cli.ts';

/** The CLI parses every article on the shared CoreNLP (about 1,000 tokens/s on a busy machine). */
const CLI_TIMEOUT = 300_000;
const CORPUS = join(PROJECT_ROOT, 'tests', 'data', 'corpus');
const corpus = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: f, text: readFileSync(join(CORPUS, f), 'utf8') }));

describe('npm run ingest on the corpus folder', () => {
  const db = testDatabase();
  const nlp = createCoreNlpClient(inject('corenlpUrl'));
  const claimsOf = new Map<string, number>();
  beforeAll(async () => {
    await resetToSeed(db);
    // What the CLI extracts from each file: the same pipeline, the same NLP server.
    for (const { text } of corpus) claimsOf.set(text, (await extract(text, {}, nlp)).annotation.claims.length);
  });
  afterAll(() => db.close());

  it(
    'ingests every corpus article, each complete, warns that each is undated, and reports what it wrote',
    async () => {
      const { code, stdout, stderr } = await runIngestCli(CORPUS);
      expect(code, stderr).toBe(0);
      expect(stdout).toContain(`articles ingested: ${corpus.length}, already present: 0, failed: 0, skipped (not English): 0`);
      expect(stdout).toContain(`claims: ${[...claimsOf.values()].reduce((a, b) => a + b, 0)}`);
      for (const { file } of corpus) expect(stderr).toMatch(new RegExp(`warning: \\S*${file}: no publication date`));
      for (const { text } of corpus) {
        const result = await db.read((tx) =>
          tx.run(
            'MATCH (a:Article {contentHash: $hash}) RETURN a.publishedAt AS publishedAt, COUNT { (a)<-[:APPEARS_IN]-(:Claim) } AS claims',
            { hash: contentHash(text) },
          ),
        );
        expect(result.records[0].get('claims')).toBe(claimsOf.get(text));
        expect(result.records[0].get('publishedAt')).toBeNull(); // undated stays undated, never 1970
      }
    },
    CLI_TIMEOUT,
  );

  it(
    'a second run finds every article already present and writes nothing',
    async () => {
      const before = await countNodes(db);
      const { code, stdout } = await runIngestCli(CORPUS);
      expect(code).toBe(0);
      expect(stdout).toContain(`articles ingested: 0, already present: ${corpus.length}, failed: 0`);
      expect(await countNodes(db)).toEqual(before);
    },
    CLI_TIMEOUT,
  );
});

describe('npm run ingest: dates per file, non-English files', () => {
  const db = testDatabase();
  const nlp = createCoreNlpClient(inject('corenlpUrl'));
  const folder = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  const kim = corpus.find((c) => c.file.includes('kim-jong-nam'))!.text;
  const gaza = corpus.find((c) => c.file.includes('gaza'))!.text;
  // New texts (not the corpus's, which the other block stored undated).
  const kimBody = `${kim.trimEnd()}\n\nFiled with front matter.\n`;
  const gazaBody = `${gaza.trimEnd()}\n\nFiled with a sidecar.\n`;
  beforeAll(async () => {
    await resetToSeed(db);
    writeFileSync(join(folder, 'a-kim.txt'), `---\npublished: 2017-02-24\noutlet: Newser\n---\n\n${kimBody}`);
    writeFileSync(join(folder, 'b-gaza.txt'), gazaBody);
    writeFileSync(
      join(folder, 'b-gaza.txt.json'),
      JSON.stringify({ publishedAt: '2012-11-15T09:00:00-05:00', title: 'Gaza ceasefire fails' }),
    );
    writeFileSync(join(folder, 'c-french.txt'), `${FOREIGN.fr.text}\n\n${FOREIGN.fr.text}\n`);
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await resetToSeed(db);
    await db.close();
  });

  const stored = async (text: string) =>
    (
      await db.read((tx) =>
        tx.run(
          `MATCH (a:Article {contentHash: $hash})
           RETURN a.text AS text, toString(a.publishedAt) AS publishedAt, a.title AS title,
                  [(c:Claim)-[:APPEARS_IN]->(a) | {start: c.evidenceStart, end: c.evidenceEnd, text: c.evidenceText, saidOn: toString(c.saidOn)}] AS claims`,
          { hash: contentHash(text) },
        ),
      )
    ).records[0]?.toObject();

  it(
    'takes the date from front matter or a sidecar, stores the text without the front matter, and skips French naming it',
    async () => {
      const { code, stdout, stderr } = await runIngestCli(folder);
      expect(stdout).toContain('articles ingested: 2, already present: 0, failed: 0, skipped (not English): 1');
      expect(stderr).toMatch(/skipped \S*c-french\.txt: the text is in French \(fr\), not English/);
      expect(code).toBe(1); // not everything asked for was ingested
      expect(stderr).not.toMatch(/warning: \S*(a-kim|b-gaza)/); // both are dated

      for (const [body, meta] of [
        [kimBody, { publishedAt: '2017-02-24T12:00:00Z', outlet: 'Newser' }],
        [gazaBody, { publishedAt: '2012-11-15T09:00:00-05:00', title: 'Gaza ceasefire fails' }],
      ] as [string, ArticleMeta][]) {
        const article = await stored(body);
        expect(article, 'stored under the hash of the text without front matter').toBeDefined();
        expect(article.text).toBe(body);
        expect(article.publishedAt).toBe(meta.publishedAt);
        if (meta.title) expect(article.title).toBe(meta.title);
        // Offsets index the stored text; relative dates resolved as the extractor resolves them with that date.
        const expected = (await extract(body, meta, nlp)).annotation.claims;
        expect(article.claims).toHaveLength(expected.length);
        for (const c of article.claims) expect(body.slice(Number(c.start), Number(c.end))).toBe(c.text);
        expect(article.claims.map((c: { saidOn: string | null }) => c.saidOn).sort()).toEqual(
          expected.map((c) => c.saidOn?.date ?? null).sort(),
        );
      }
      const french = await db.read((tx) => tx.run(`MATCH (a:Article) WHERE a.text CONTAINS 'Élysée' RETURN count(a) AS n`));
      expect(french.records[0].get('n')).toBe(0);
    },
    CLI_TIMEOUT,
  );

  it(
    'stops on Ctrl-C (SIGINT) with exit code 130 and no summary',
    async () => {
      const one = mkdtempSync(join(tmpdir(), 'ingest-cli-sigint-'));
      writeFileSync(join(one, 'kim.txt'), `${kim.trimEnd()}\n\nFiled to be interrupted.\n`);
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', one], {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          NEO4J_URI: inject('neo4jUri'),
          NEO4J_USERNAME: 'neo4j',
          NEO4J_PASSWORD: 'neo4j',
          CORENLP_URL: inject('corenlpUrl'),
        },
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      try {
        while (!out.includes('NLP server: using')) {
          if (child.exitCode !== null) throw new Error(out);
          await new Promise((r) => setTimeout(r, 100));
        }
        child.kill('SIGINT');
        expect(await exited, out).toBe(130);
        expect(out).toContain('SIGINT: stopping');
        expect(out).not.toContain('articles ingested');
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        rmSync(one, { recursive: true, force: true });
      }
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses a --published that is not a date before touching anything',
    async () => {
      const { code, stderr } = await runIngestCli(folder, '--published', '12/09/2016');
      expect(code).toBe(2);
      expect(stderr).toContain('--published: "12/09/2016" is not a date');
    },
    CLI_TIMEOUT,
  );
});
