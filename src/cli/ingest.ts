/**
 * `npm run ingest -- <file or folder> [--published <ISO time>] [--outlet <name>] [--title <title>] [--author <name>]`
 * Extracts each text file's provenance graph and writes it, one transaction per article.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { checkIngestInput } from '../api/ingest-article.ts';
import { parseAnnotation } from '../graph/annotation.ts';
import { ingestAnnotation } from '../graph/ingest-annotation.ts';
import { extractAnnotation } from '../ingest/extract.ts';
import { connectForCli } from './connect.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    published: { type: 'string' },
    outlet: { type: 'string' },
    title: { type: 'string' },
    author: { type: 'string' },
  },
});
if (positionals.length === 0) {
  console.error('usage: npm run ingest -- <file or folder> [--published <ISO time>] [--outlet <name>] [--title <title>] [--author <name>]');
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

const totals = { articles: 0, duplicates: 0, failed: 0, entitiesNew: 0, entitiesMerged: 0, claims: 0, contradictions: 0 };
const failures: string[] = [];
const { db, close } = await connectForCli();
const bar = files.length > 1 ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}' }, Presets.shades_classic) : undefined;
bar?.start(files.length, 0, { file: '' });
try {
  for (const file of files) {
    bar?.update({ file: basename(file) });
    try {
      const input = {
        text: readFileSync(file, 'utf8'),
        publishedAt: values.published,
        outlet: values.outlet,
        // A title given on the command line names a single article only.
        title: files.length === 1 ? values.title : undefined,
        author: values.author,
      };
      checkIngestInput(input);
      const annotation = parseAnnotation(extractAnnotation(input.text, { ...input }), file);
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
      totals.failed++;
      failures.push(`${file}: ${(error as Error).message}`);
    }
    bar?.increment();
  }
} finally {
  bar?.stop();
  await close();
}
console.log(
  `articles ingested: ${totals.articles}, already present: ${totals.duplicates}, failed: ${totals.failed}\n` +
    `entities new: ${totals.entitiesNew}, merged with existing: ${totals.entitiesMerged}\n` +
    `claims: ${totals.claims}, cross-article contradictions linked: ${totals.contradictions}`,
);
for (const f of failures) console.error(`failed: ${f}`);
process.exitCode = totals.failed ? 1 : 0;
