/**
 * `npm run eval`: extraction accuracy, printed as tables and written to results/eval.json.
 * 1. PolNeAR dev (../shared/polnear), scored by the corpus's own score.py: attribution and
 *    right-claimant precision, recall and F1, of the attribution stage (`attribute()`) and, on the
 *    row under it, of the full pipeline (`extract()`'s claims, what ingest stores). `--train N` also
 *    scores the first N train articles (the cue lexicon was learned on train: see
 *    `npm run learn:cues` for its cross-validated figures).
 * 2. The project's hand annotations: the seed, the development group and the held-out group
 *    (claims with the right claimant, entities, entity types, via outlets, claim dates).
 * 3. Every corpus text extracts to a valid annotation.
 * Uses CORENLP_URL or the local CoreNLP (started if needed); parses are cached in .cache/corenlp.
 * `--verbose` lists unmatched claims of the seed and development articles (never held-out ones).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Score } from '../ingest/eval.ts';
import { groupTotal, GROUPS, ingestCheck, scoreAnnotatedArticles, type GroupScore, type ScoredArticle } from '../eval/newser-eval.ts';
import { cachedClient } from '../eval/parse-cache.ts';
import { PARSE_CACHE_DIR, polnearAvailable } from '../eval/polnear-corpus.ts';
import { ATTRIBUTION, scorePolnearWith, type PolnearScore, type Prf } from '../eval/polnear-eval.ts';
import { PIPELINE } from '../eval/pipeline-predictions.ts';
import { loadConfig } from '../server/config.ts';
import { connectNlp } from '../server/local-corenlp/connect.ts';
import { PROJECT_ROOT } from '../project-root.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const trainCount = args.includes('--train') ? Number(args[args.indexOf('--train') + 1] ?? 100) : 0;
const noCache = args.includes('--no-cache');

/** The row under each attribute() row: extract()'s claims, what ingest stores (src/eval/pipeline-predictions.ts). */
const PIPELINE_ROW = '  full pipeline: extract()';

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const cell = (s: Score) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`;
const prf = (s: Prf) => `${f3(s.p)}  ${f3(s.r)}  ${f3(s.f1)}`;

function polnearRow(name: string, s: PolnearScore): string {
  return `${name.padEnd(26)} | ${String(s.articles).padStart(4)} | ${String(s.gold).padStart(5)} | ${String(s.predicted).padStart(5)} | ${prf(s.attribution)} | ${prf(s.claimant)}`;
}

function groupRow(name: string, s: GroupScore): string {
  return `${name.padEnd(40)} | ${cell(s.claims)} | ${cell(s.via)} | ${cell(s.dates)} | ${cell(s.entities)} | ${pct(s.entityTypes.precision)}`;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const connection = await connectNlp(config, (msg) => console.error(msg), { name: 'dev' });
  const nlp = noCache ? connection.client : cachedClient(connection.client, PARSE_CACHE_DIR);
  const results: Record<string, unknown> = {};
  try {
    if (polnearAvailable()) {
      console.log('PolNeAR (score.py)          | arts |  gold |  pred | attribution P  R      F1    | right claimant P  R    F1');
      const [dev, devPipeline] = await scorePolnearWith('dev', nlp, [ATTRIBUTION, PIPELINE]);
      console.log(polnearRow('dev (never tuned on)', dev));
      console.log(polnearRow(PIPELINE_ROW, devPipeline));
      Object.assign(results, { polnearDev: dev, polnearDevPipeline: devPipeline });
      if (trainCount > 0) {
        const [train, trainPipeline] = await scorePolnearWith('train', nlp, [ATTRIBUTION, PIPELINE], { limit: trainCount });
        console.log(polnearRow(`train, first ${trainCount} (seen)`, train));
        console.log(polnearRow(PIPELINE_ROW, trainPipeline));
        Object.assign(results, { polnearTrain: train, polnearTrainPipeline: trainPipeline });
      }
    } else {
      console.log('PolNeAR not found (../shared/polnear or POLNEAR_DIR): skipped');
    }

    console.log(
      `\n${'hand annotations'.padEnd(40)} | claims P R    F1  | via  P    R    F1  | dates P   R    F1  | entities P R   F1  | types P`,
    );
    const scored: ScoredArticle[] = await scoreAnnotatedArticles(nlp);
    for (const r of scored) {
      console.log(groupRow(`${r.group === 'development' ? 'dev' : r.group}: ${r.name}`, groupTotal([r])));
      if (verbose && r.group !== 'held-out') report(r);
    }
    const groups: Record<string, GroupScore> = {};
    for (const { group } of GROUPS) {
      const members = scored.filter((r) => r.group === group);
      if (!members.length) continue;
      groups[group] = groupTotal(members);
      console.log(groupRow(`${group} (${members.length} article${members.length === 1 ? '' : 's'})`, groups[group]));
    }
    const corpus = scored.filter((r) => r.group !== 'seed');
    if (corpus.length) console.log(groupRow(`corpus: development + held-out (${corpus.length})`, (groups.corpus = groupTotal(corpus))));
    results.groups = groups;

    const check = await ingestCheck(nlp);
    for (const failure of check.failures) console.log(`  FAILED ${failure}`);
    console.log(`\ningest check: ${check.texts - check.failures.length}/${check.texts} texts extract to valid annotations`);
    if (check.failures.length) process.exitCode = 1;
    mkdirSync(join(PROJECT_ROOT, 'results'), { recursive: true });
    writeFileSync(join(PROJECT_ROOT, 'results/eval.json'), JSON.stringify(results, null, 2));
  } finally {
    await connection.stop();
  }
}

function report(r: ScoredArticle): void {
  const matchedGold = new Set(r.score.matches.map((m) => m.gold));
  const matchedPredicted = new Set(r.score.matches.map((m) => m.predicted));
  for (const c of r.gold.claims)
    if (!matchedGold.has(c.id)) console.log(`    missed ${c.id} [${c.claimants.join(', ')}] ${c.evidence.text.slice(0, 100)}`);
  for (const c of r.predicted.claims)
    if (!matchedPredicted.has(c.id)) console.log(`    extra  ${c.id} [${c.claimants.join(', ')}] ${c.evidence.text.slice(0, 100)}`);
}

await main();
