/**
 * `npm run ingest -- <file or folder> [--published <date>] [--outlet <name>] [--title <title>] [--author <name>]`
 * Extracts each text file's provenance graph through the NLP server and writes it, one transaction
 * per article. A file's own front matter or sidecar JSON (src/cli/article-file.ts) wins over the
 * command-line values, which are the defaults. Non-English files are skipped; the extractor's
 * warnings (an undated article, ...) are printed per file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { checkIngestInput } from '../api/ingest-article.ts';
import { foreignLanguage } from '../api/language.ts';
import { parseAnnotation } from '../graph/annotation.ts';
import { contentHash } from '../graph/write/annotation-rows.ts';
import { ARTICLE_BY_HASH, ingestAnnotation } from '../graph/write/ingest-annotation.ts';
import { extract } from '../ingest/extract.ts';
import { loadConfig } from '../server/config.ts';
import { connectNlp, type NlpConnection } from '../server/local-corenlp/connect.ts';
import { normalisePublished, readArticleFile } from './article-file.ts';
import { connectForCli } from './connect.ts';

const USAGE = 'usage: npm run ingest -- <file or folder> [--published <date>] [--outlet <name>] [--title <title>] [--author <name>]';
function parseCommandLine() {
  return parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      outlet: { type: 'string' },
      title: { type: 'string' },
      author: { type: 'string' },
    },
  });
}
let commandLine: ReturnType<typeof parseCommandLine>;
try {
  commandLine = parseCommandLine();
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = commandLine;
if (positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const missing = positionals.filter((p) => !existsSync(p));
if (missing.length > 0) {
  console.error(`no such file or folder: ${missing.join(', ')}`);
  process.exit(2);
}
let defaultPublished: string | undefined;
try {
  defaultPublished = values.published === undefined ? undefined : normalisePublished(values.published, '--published');
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const files = positionals.flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(p, f))
    : [p],
);

const totals = { articles: 0, duplicates: 0, failed: 0, skipped: 0, entitiesNew: 0, entitiesMerged: 0, claims: 0, contradictions: 0 };
const problems: string[] = [];
const config = loadConfig();
const bar = files.length > 1 ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}' }, Presets.shades_classic) : undefined;
type Neo4jConnection = Awaited<ReturnType<typeof connectForCli>>;
let neo4j: Neo4jConnection | undefined;
let nlp: NlpConnection | undefined;

/** A line above the progress bar (cli-progress draws on stderr, and only on a terminal). */
function note(line: string): void {
  if (bar && process.stderr.isTTY) process.stderr.write('\r\x1b[2K');
  console.error(line);
  if (bar && process.stderr.isTTY) bar.render();
}

let stopping = false;
let connected = false;
async function shutDown(): Promise<void> {
  bar?.stop();
  await Promise.allSettled([nlp?.stop(), neo4j?.close()]);
}
// Installed before connecting: a Ctrl-C while a local CoreNLP or Neo4j starts stops it once it is up.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(130); // a second Ctrl-C: do not wait
    stopping = true;
    console.error(`\n${signal}: stopping (the article being written is rolled back)`);
    // While connecting, the code after the connection stops what came up.
    if (connected) void shutDown().then(() => process.exit(130));
  });
}

const [neo4jStarted, nlpStarted] = await Promise.allSettled([connectForCli(), connectNlp(config, (msg) => console.error(msg))]);
if (neo4jStarted.status === 'fulfilled') neo4j = neo4jStarted.value;
if (nlpStarted.status === 'fulfilled') nlp = nlpStarted.value;
connected = true;
if (stopping) {
  await shutDown();
  process.exit(130);
}
if (!neo4j || !nlp) {
  await shutDown();
  for (const r of [neo4jStarted, nlpStarted]) if (r.status === 'rejected') console.error(`ingest: ${(r.reason as Error).message}`);
  process.exit(1);
}
const db = neo4j.db;
const nlpClient = nlp.client;

bar?.start(files.length, 0, { file: '' });
try {
  for (const file of files) {
    if (stopping) break;
    bar?.update({ file: basename(file) });
    try {
      const { text, meta } = readArticleFile(file);
      const language = foreignLanguage(text);
      if (language) {
        totals.skipped++;
        note(`skipped ${file}: the text is in ${language.name} (${language.code}), not English; the extractor reads English articles only`);
        bar?.increment();
        continue;
      }
      // Already stored: skip the parse (the write would find the duplicate too, after it).
      const stored = await db.read(async (tx) => (await tx.run(ARTICLE_BY_HASH, { hash: contentHash(text) })).records.length > 0);
      if (stored) {
        totals.duplicates++;
        bar?.increment();
        continue;
      }
      const input = {
        text,
        publishedAt: meta.publishedAt ?? defaultPublished,
        outlet: meta.outlet ?? values.outlet,
        // A title given on the command line names a single article only.
        title: meta.title ?? (files.length === 1 ? values.title : undefined),
        author: meta.author ?? values.author,
        url: meta.url,
      };
      checkIngestInput(input);
      const extraction = await extract(input.text, input, nlpClient);
      for (const warning of extraction.warnings) note(`warning: ${file}: ${warning}`);
      const annotation = parseAnnotation(extraction.annotation, file);
      const outcome = await db.write((tx) => ingestAnnotation(tx, annotation));
      if (outcome.duplicate) totals.duplicates++;
      else {
        totals.articles++;
        totals.entitiesNew += outcome.entitiesNew;
        totals.entitiesMerged += outcome.entitiesMerged;
        totals.claims += outcome.annotation.claims.length;
        totals.contradictions += outcome.contradictionsLinked;
      }
    } catch (error) {
      if (stopping) break;
      totals.failed++;
      problems.push(`failed: ${file}: ${(error as Error).message}`);
    }
    bar?.increment();
  }
} finally {
  if (!stopping) await shutDown();
}
if (!stopping) {
  console.log(
    `articles ingested: ${totals.articles}, already present: ${totals.duplicates}, failed: ${totals.failed}, skipped (not English): ${totals.skipped}\n` +
      `entities new: ${totals.entitiesNew}, merged with existing: ${totals.entitiesMerged}\n` +
      `claims: ${totals.claims}, cross-article contradictions linked: ${totals.contradictions}`,
  );
  for (const p of problems) console.error(p);
  process.exitCode = totals.failed || totals.skipped ? 1 : 0;
}
