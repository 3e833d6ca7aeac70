/**
 * `npm run learn:pronouns`: learns the pronoun ranker (src/ingest/attribution/sources/pronoun-model.json)
 * from PolNeAR train. Every pronoun source the pipeline reads ("he said") is matched to the annotated
 * source it stands on; its candidates (earlier names and speakers) are labelled right when their name
 * shares a content word with the annotation's coreference-resolved mention (pronouns whose annotation
 * has none are skipped). A logistic model (logistic.ts) scores candidates; by 5-fold cross-validation
 * on train it picks the pronouns the model beats the hand rules on, and the minimum score under which
 * a pronoun names nobody, for right-claimant F1. Prints antecedent accuracy and the pipeline's
 * right-claimant P/R/F1, hand rules vs model. Uses the train articles parsed as the pipeline parses
 * (with NER): those in .cache/corenlp, and those `--parse N` adds (N more, through CORENLP_URL) to
 * .cache/corenlp-train-ner, a folder of its own so that learn:cues' lean train parses stay as they
 * are. `--all` adds the lean parses to the training folds. Dev is never read here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PronounClass } from '../ingest/attribution/sources/pronoun-features.ts';
import type { PronounModel } from '../ingest/attribution/sources/pronoun-model.ts';
import { antecedentProbability } from '../ingest/attribution/sources/pronoun-model.ts';
import type { PronounObservation } from '../ingest/attribution/sources/sources.ts';
import { attribute } from '../ingest/attribution/index.ts';
import { createCoreNlpClient } from '../ingest/nlp/corenlp-client.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { cachedClient, readCached } from './parse-cache.ts';
import { trainLogistic, type Example, type LogisticModel } from './logistic.ts';
import { predictions } from './polnear-eval.ts';
import { nameWords, overlapLength, sumTallies, tallyArticle, tallyScores } from './spans.ts';
import { parsedTrain, type Parsed } from './train-parses.ts';

const FOLDS = 5;
const CLASSES: PronounClass[] = ['he', 'she', 'they', 'i', 'we'];
const MIN_SCORES = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4];
const TRAINING = { l2: 1e-4, minCount: 3 };

interface Labelled {
  article: number;
  pc: PronounClass;
  candidates: Array<{ features: string[]; label: boolean }>;
  /** Index of the hand rules' pick among the candidates, if any. */
  rule: number;
}

const NER_TRAIN_CACHE = join(PROJECT_ROOT, '.cache/corenlp-train-ner');

const hasNer = (p: Parsed) => p.doc.ner ?? p.doc.sentences.some((s) => s.tokens.some((t) => t.ner && t.ner !== 'O'));

/** The pronoun sources the pipeline (hand rules) reads in one article, labelled from the annotation. */
function labelled({ article, doc }: Parsed, index: number): Labelled[] {
  const seen: PronounObservation[] = [];
  attribute(article.text, doc, { pronouns: { model: null, observe: (o) => seen.push(o) } });
  const out: Labelled[] = [];
  for (const o of seen) {
    const gold = article.attributions.find((g) => g.source && overlapLength([[o.pronoun.start, o.pronoun.end]], g.source.spans) > 0);
    const words = nameWords(gold?.source?.resolved);
    if (!gold || !words.size) continue;
    const pc = classOf(o.pronoun.word);
    if (!pc) continue;
    out.push({
      article: index,
      pc,
      candidates: o.candidates.map((c) => ({
        features: c.features,
        label: [c.name, ...c.aliases].some((n) => [...nameWords(n)].some((w) => words.has(w))),
      })),
      rule: o.candidates.findIndex((c) => c.mention === o.rule),
    });
  }
  return out;
}

function classOf(word: string): PronounClass | undefined {
  const w = word.toLowerCase();
  return w === 'him'
    ? 'he'
    : w === 'her'
      ? 'she'
      : w === 'them'
        ? 'they'
        : w === 'me'
          ? 'i'
          : w === 'us'
            ? 'we'
            : CLASSES.find((c) => c === w);
}

/** Right antecedents of the rules and of the model's top candidate, by pronoun class. */
function accuracy(rows: Labelled[], model: LogisticModel) {
  const out = Object.fromEntries(CLASSES.map((c) => [c, { pronouns: 0, rules: 0, model: 0 }]));
  for (const r of rows) {
    const t = out[r.pc];
    t.pronouns++;
    if (r.rule >= 0 && r.candidates[r.rule].label) t.rules++;
    const scores = r.candidates.map((c) => antecedentProbability(model, c.features));
    const best = scores.reduce((b, s, i) => (s > scores[b] ? i : b), 0);
    if (r.candidates.length && r.candidates[best].label) t.model++;
  }
  return out;
}

/** Train articles with the pipeline's own parse (NER included), parsing `more` of those that lack one first. */
async function nerParses(all: Parsed[], more: number): Promise<Parsed[]> {
  const lacking = all.filter((p) => !hasNer(p));
  if (more > 0) {
    const url = process.env.CORENLP_URL;
    if (!url) throw new Error('--parse needs CORENLP_URL (e.g. http://127.0.0.1:9000)');
    const nlp = cachedClient(createCoreNlpClient(url), NER_TRAIN_CACHE);
    for (const [i, { article }] of lacking.slice(0, more).entries()) {
      await nlp.annotate(article.text, { docDate: article.publishedOn });
      if ((i + 1) % 20 === 0) console.error(`parsed ${i + 1}/${Math.min(more, lacking.length)}`);
    }
  }
  const added = lacking.flatMap(({ article }) => {
    const doc = readCached(NER_TRAIN_CACHE, article.text, { docDate: article.publishedOn });
    return doc ? [{ article, doc }] : [];
  });
  return [...all.filter(hasNer), ...added];
}

async function main(): Promise<void> {
  const all = parsedTrain();
  const parseArg = process.argv.indexOf('--parse');
  const withNer = await nerParses(all, parseArg >= 0 ? Number(process.argv[parseArg + 1] ?? 0) : 0);
  const useLean = process.argv.includes('--all');
  if (withNer.length < 20)
    throw new Error(`only ${withNer.length} train articles have an NER parse; run \`npm run eval -- --train 840\` first`);
  const rows = withNer.map((p, i) => labelled(p, i));
  const leanRows = useLean ? all.filter((p) => !withNer.some((w) => w.article === p.article)).flatMap((p) => labelled(p, -1)) : [];
  const examples = (part: Labelled[]): Example[] => part.flatMap((r) => r.candidates);
  const f = (x: { p: number; r: number; f1: number }) => `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}`;

  // Folds by article: the model of fold k never saw fold k's articles.
  const foldModels = Array.from({ length: FOLDS }, (_, k) =>
    trainLogistic(examples([...rows.filter((_, i) => i % FOLDS !== k).flat(), ...leanRows]), TRAINING),
  );
  const totals = Object.fromEntries(CLASSES.map((c) => [c, { pronouns: 0, rules: 0, model: 0 }]));
  for (let k = 0; k < FOLDS; k++) {
    const acc = accuracy(rows.filter((_, i) => i % FOLDS === k).flat(), foldModels[k]);
    for (const c of CLASSES) for (const key of ['pronouns', 'rules', 'model'] as const) totals[c][key] += acc[c][key];
  }
  console.log(
    `PolNeAR train, ${withNer.length} articles with NER parses${useLean ? ` (+ ${all.length - withNer.length} lean parses in training)` : ''}, 5-fold cross-validation`,
  );
  console.log('pronoun antecedent right (annotated source with a resolved mention): hand rules vs model top candidate');
  for (const c of CLASSES) {
    const t = totals[c];
    if (t.pronouns)
      console.log(
        `  ${c.padEnd(5)} ${String(t.pronouns).padStart(4)}  rules ${(t.rules / t.pronouns).toFixed(3)}  model ${(t.model / t.pronouns).toFixed(3)}`,
      );
  }
  const classes = CLASSES.filter((c) => totals[c].model > totals[c].rules);

  // The pipeline's right claimant with the rules and with the model at each minimum score.
  const pipeline = (pronouns: (k: number) => PronounModel | null) => {
    const tallies = withNer.map((p, i) =>
      tallyArticle(p.article.attributions, predictions(p.article.text, p.doc, undefined, { model: pronouns(i % FOLDS) })),
    );
    return tallyScores(sumTallies(tallies));
  };
  const rules = pipeline(() => null);
  console.log(`pipeline, hand rules:            attribution ${f(rules.attribution)} | right claimant ${f(rules.claimant)}`);
  const tried = MIN_SCORES.map((minScore) => {
    const score = pipeline((k) => ({ trainedOn: '', classes, minScore, ...foldModels[k] }));
    console.log(
      `pipeline, model, min score ${minScore.toFixed(2)}: attribution ${f(score.attribution)} | right claimant ${f(score.claimant)}`,
    );
    return { minScore, score };
  });
  const best = tried.reduce((a, b) => (b.score.claimant.f1 > a.score.claimant.f1 ? b : a));
  const t = (c: PronounClass) =>
    `${c} ${(totals[c].rules / totals[c].pronouns).toFixed(2)}→${(totals[c].model / totals[c].pronouns).toFixed(2)}`;
  const model: PronounModel = {
    trainedOn:
      `PolNeAR train, ${withNer.length} articles with NER parses${useLean ? ` + ${all.length - withNer.length} lean` : ''}; 5-fold CV: antecedent right (rules→model) ${CLASSES.filter(
        (c) => totals[c].pronouns,
      )
        .map(t)
        .join(', ')}; ` +
      `pipeline right claimant F1 ${rules.claimant.f1.toFixed(3)} (P ${rules.claimant.p.toFixed(3)}) → ${best.score.claimant.f1.toFixed(3)} (P ${best.score.claimant.p.toFixed(3)}) at min score ${best.minScore}`,
    classes,
    minScore: best.minScore,
    ...trainLogistic(examples([...rows.flat(), ...leanRows]), TRAINING),
  };
  writeFileSync(
    `${PROJECT_ROOT}src/ingest/attribution/sources/pronoun-model.json`,
    `${JSON.stringify(model, null, 0).replace(/,"/g, ',\n"')}\n`,
  );
  console.log(
    `wrote src/ingest/attribution/sources/pronoun-model.json: classes ${classes.join(', ') || 'none'}, min score ${best.minScore}, ${Object.keys(model.weights).length} weights`,
  );
}

await main();
