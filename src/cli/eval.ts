/**
 * `npm run eval`: extracts every hand-annotated article and scores the result against the
 * hand annotation (entities, claims with the right claimant, via outlets, claim dates); then
 * checks that every corpus text extracts to a valid annotation. Pass --verbose to list
 * unmatched claims.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnnotation, type Annotation, type AnnotationFile } from '../graph/annotation.ts';
import { scoreArticle, sumScores, type ArticleScore, type Score } from '../ingest/eval.ts';
import { extractAnnotation, type ArticleMeta } from '../ingest/extract.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const verbose = process.argv.includes('--verbose');

function goldFiles(): string[] {
  const files: string[] = [];
  for (const dir of ['seed', 'tests/data/annotations']) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const f of readdirSync(full).sort()) if (f.endsWith('.annotation.json')) files.push(join(full, f));
  }
  return files;
}

function loadGold(file: string): Annotation {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as AnnotationFile;
  const { textFile, ...rest } = raw;
  const text = readFileSync(resolve(dirname(file), textFile), 'utf8');
  return parseAnnotation({ ...rest, text }, file);
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const cell = (s: Score) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;

function row(name: string, s: Pick<ArticleScore, 'entities' | 'claims' | 'via' | 'dates'>): string {
  return `${name.padEnd(44)} | ${cell(s.claims)} | ${cell(s.entities)} | ${cell(s.via)} | ${cell(s.dates)}`;
}

function main(): void {
  const files = goldFiles();
  const header = `${'article'.padEnd(44)} | claims P     R    F1 | entities P   R    F1 | via  P     R    F1 | dates P    R    F1`;
  console.log(header);
  console.log('-'.repeat(header.length));
  const results: Array<{ name: string; seed: boolean; score: ArticleScore }> = [];
  for (const file of files) {
    const gold = loadGold(file);
    const meta: ArticleMeta = gold.article.publishedAtText === 'inferred' || !gold.text.includes('Posted ') ? { publishedAt: gold.article.publishedAt } : {};
    const predicted = parseAnnotation(extractAnnotation(gold.text, meta), `extracted from ${file}`);
    const s = scoreArticle(predicted, gold);
    const name = file.split('/').pop()!.replace('.annotation.json', '');
    results.push({ name, seed: file.includes('/seed/'), score: s });
    console.log(row(name, s));
    if (verbose) report(predicted, gold, s);
  }
  const total = (list: typeof results) => ({
    claims: sumScores(list.map((r) => r.score.claims)),
    entities: sumScores(list.map((r) => r.score.entities)),
    via: sumScores(list.map((r) => r.score.via)),
    dates: sumScores(list.map((r) => r.score.dates)),
  });
  console.log('-'.repeat(header.length));
  const seeds = results.filter((r) => r.seed);
  const corpus = results.filter((r) => !r.seed);
  if (seeds.length) console.log(row('seed', total(seeds)));
  if (corpus.length) console.log(row(`corpus (${corpus.length} articles)`, total(corpus)));
  if (results.length) console.log(row('overall', total(results)));
  ingestCheck();
}

function report(predicted: Annotation, gold: Annotation, s: ArticleScore): void {
  const matchedGold = new Set(s.matches.map((m) => m.gold));
  const matchedPredicted = new Set(s.matches.map((m) => m.predicted));
  for (const c of gold.claims) if (!matchedGold.has(c.id)) console.log(`    missed ${c.id} [${c.claimants.join(', ')}] ${c.evidence.text.slice(0, 100)}`);
  for (const c of predicted.claims) if (!matchedPredicted.has(c.id)) console.log(`    extra  ${c.id} [${c.claimants.join(', ')}] ${c.evidence.text.slice(0, 100)}`);
}

/** Every corpus text and the seed must extract without throwing and pass validation. */
function ingestCheck(): void {
  const texts = [join(root, 'seed'), join(root, 'tests/data/corpus')]
    .filter(existsSync)
    .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)));
  let failures = 0;
  for (const file of texts) {
    try {
      const a = parseAnnotation(extractAnnotation(readFileSync(file, 'utf8')), file);
      if (verbose) console.log(`  ok ${file.split('/').pop()}: ${a.entities.length} entities, ${a.claims.length} claims`);
    } catch (error) {
      failures++;
      console.log(`  FAILED ${file}: ${(error as Error).message}`);
    }
  }
  console.log(`\ningest check: ${texts.length - failures}/${texts.length} texts extract to valid annotations`);
  if (failures > 0) process.exitCode = 1;
}

main();
