/**
 * `npm run eval`: extracts every hand-annotated article and scores the result against the
 * hand annotation (entities, claims with the right claimant, via outlets, claim dates), in
 * three groups: the seed, the development set (tests/data/annotations, which rules may be
 * tuned on) and the held-out set (tests/data/annotations/held-out, which they must not);
 * then checks that every corpus text extracts to a valid annotation. Pass --verbose to list
 * unmatched claims (never for held-out articles: keep them unseen), --group NAME to score
 * one group only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseAnnotation, type Annotation, type AnnotationFile } from '../graph/annotation.ts';
import { scoreArticle, sumScores, type ArticleScore, type Score } from '../ingest/eval.ts';
import { extractAnnotation, type ArticleMeta } from '../ingest/extract.ts';
import { PROJECT_ROOT } from '../server/project-root.ts';

const root = PROJECT_ROOT;
const verbose = process.argv.includes('--verbose');

const only = process.argv.includes('--group') ? process.argv[process.argv.indexOf('--group') + 1] : undefined;

type Group = 'seed' | 'development' | 'held-out';
const GROUPS: Array<{ group: Group; dir: string }> = [
  { group: 'seed', dir: 'seed' },
  { group: 'development', dir: 'tests/data/annotations' },
  { group: 'held-out', dir: 'tests/data/annotations/held-out' },
];

function goldFiles(): Array<{ group: Group; file: string }> {
  const files: Array<{ group: Group; file: string }> = [];
  for (const { group, dir } of GROUPS) {
    const full = join(root, dir);
    if (!existsSync(full) || (only && only !== group)) continue;
    for (const f of readdirSync(full).sort()) if (f.endsWith('.annotation.json')) files.push({ group, file: join(full, f) });
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
  const results: Array<{ name: string; group: Group; score: ArticleScore }> = [];
  for (const { group, file } of files) {
    const gold = loadGold(file);
    const meta: ArticleMeta = gold.article.publishedAtText === 'inferred' || !gold.text.includes('Posted ') ? { publishedAt: gold.article.publishedAt } : {};
    const predicted = parseAnnotation(extractAnnotation(gold.text, meta), `extracted from ${file}`);
    const s = scoreArticle(predicted, gold);
    const name = file.split('/').pop()!.replace('.annotation.json', '').replace(/^newser-/, '');
    results.push({ name, group, score: s });
    console.log(row(`${group === 'development' ? 'dev' : group}: ${name}`, s));
    if (verbose && group !== 'held-out') report(predicted, gold, s);
  }
  const total = (list: typeof results) => ({
    claims: sumScores(list.map((r) => r.score.claims)),
    entities: sumScores(list.map((r) => r.score.entities)),
    via: sumScores(list.map((r) => r.score.via)),
    dates: sumScores(list.map((r) => r.score.dates)),
  });
  console.log('-'.repeat(header.length));
  for (const { group } of GROUPS) {
    const members = results.filter((r) => r.group === group);
    if (members.length) console.log(row(`${group} (${members.length} article${members.length === 1 ? '' : 's'})`, total(members)));
  }
  if (results.length) console.log(row(`overall (${results.length} articles)`, total(results)));
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
  // Texts of held-out annotations: checked like the others, but not listed.
  const heldOutDir = join(root, 'tests/data/annotations/held-out');
  const heldOutTexts = new Set(
    existsSync(heldOutDir)
      ? readdirSync(heldOutDir)
          .filter((f) => f.endsWith('.annotation.json'))
          .map((f) => f.replace('.annotation.json', '.txt'))
      : ['newser-2012-damascus-bombings.txt', 'newser-2017-mexico-soldier-video.txt', 'newser-2016-manafort-ledgers.txt'],
  );
  for (const file of texts) {
    try {
      const a = parseAnnotation(extractAnnotation(readFileSync(file, 'utf8')), file);
      if (verbose && !heldOutTexts.has(file.split('/').pop()!)) console.log(`  ok ${file.split('/').pop()}: ${a.entities.length} entities, ${a.claims.length} claims`);
    } catch (error) {
      failures++;
      console.log(`  FAILED ${file}: ${(error as Error).message}`);
    }
  }
  console.log(`\ningest check: ${texts.length - failures}/${texts.length} texts extract to valid annotations`);
  if (failures > 0) process.exitCode = 1;
}

main();
