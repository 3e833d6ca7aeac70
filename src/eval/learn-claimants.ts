/**
 * `npm run learn:claimants`: learns the claim check (src/ingest/attribution/model/claim-model.json)
 * from PolNeAR train. Every prediction the pipeline makes without the check is labelled the way
 * score.py counts it: right (its claimant shares a word with the annotated source) against wrong or
 * matching no annotation; those matching an annotation with no source count for neither and are left
 * out. A logistic model (logistic.ts) over claim-features.ts scores them; by 5-fold cross-validation
 * on train (folds by article) it picks the threshold under which an attribution is dropped, for the
 * pipeline's right-claimant F1 (the check passing, as at run time, the readings hand rules decide), and
 * prints P/R/F1 with and without the check. Uses the parses in .cache/corenlp (parse first with
 * `npm run eval -- --train 840`); dev is never read here.
 */
import { writeFileSync } from 'node:fs';
import { attribute, type Attribution } from '../ingest/attribution/index.ts';
import { claimFeatures } from '../ingest/attribution/model/claim-features.ts';
import { withoutDoubtedClaims, type ClaimModel } from '../ingest/attribution/filters/claim-check.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { bestThreshold, predictionKinds } from './claim-labels.ts';
import { trainLogistic, type Example, type LogisticModel } from './logistic.ts';
import { predictionsOf } from './polnear-eval.ts';
import { sumTallies, tallyArticle, tallyScores } from './spans.ts';
import { parsedTrain, type Parsed } from './train-parses.ts';

const FOLDS = 5;
const THRESHOLDS = [0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.375, 0.4, 0.45];
const TRAINING = {
  l2: Number(process.env.LR_L2 ?? 1e-2),
  minCount: Number(process.env.LR_MIN ?? 50),
  epochs: Number(process.env.LR_EPOCHS ?? 4),
};

interface Article {
  parsed: Parsed;
  all: Attribution[];
  examples: Example[];
}

/** The article's attributions without the check, and one example for each that makes its own prediction. */
function read(parsed: Parsed): Article {
  const { article, doc } = parsed;
  const all = attribute(article.text, doc, { claims: null });
  const predictions = predictionsOf(all);
  const kinds = predictionKinds(article.attributions, predictions);
  // predictionsOf's grouping: a continued quotation joins the first prediction of its cue.
  const owners: Attribution[] = [];
  for (const a of all) if (!(a.continued && owners.some((o) => o.cue.span.start === a.cue.span.start))) owners.push(a);
  const examples = owners.flatMap((a, i) =>
    kinds[i] === 'neutral' || !a.claimants.length
      ? []
      : [{ features: claimFeatures(article.text, doc, a, all), label: kinds[i] === 'right' }],
  );
  return { parsed, all, examples };
}

function score(articles: Article[], model: (k: number) => ClaimModel | null, emptied = false) {
  const tallies = articles.map(({ parsed: { article, doc }, all }, i) => {
    const kept = withoutDoubtedClaims(article.text, doc, all, model(i % FOLDS));
    const shown = emptied ? all.map((a) => (kept.includes(a) ? a : { ...a, claimants: [] })) : kept;
    return tallyArticle(article.attributions, predictionsOf(shown));
  });
  const t = sumTallies(tallies);
  return { ...tallyScores(t), predicted: t.predicted };
}

function main(): void {
  const articles = parsedTrain().map(read);
  const examples = (part: Article[]) => part.flatMap((a) => a.examples);
  const positives = examples(articles).filter((e) => e.label).length;
  console.log(
    `PolNeAR train, ${articles.length} articles: ${positives} right, ${examples(articles).length - positives} wrong or unmatched`,
  );
  const foldModels: LogisticModel[] = Array.from({ length: FOLDS }, (_, k) =>
    trainLogistic(examples(articles.filter((_, i) => i % FOLDS !== k)), TRAINING),
  );
  const f = (x: { p: number; r: number; f1: number }) => `P ${x.p.toFixed(6)} R ${x.r.toFixed(6)} F1 ${x.f1.toFixed(6)}`;
  const tried = THRESHOLDS.map((threshold) => {
    const s = score(articles, (k) => (threshold ? { trainedOn: '', threshold, ...foldModels[k] } : null));
    console.log(
      `5-fold CV, drop under ${threshold.toFixed(2)}: ${s.predicted} predicted, attribution ${f(s.attribution)} | right claimant ${f(s.claimant)}`,
    );
    return { threshold, f1: s.claimant.f1, s };
  });
  const best = bestThreshold(tried);
  const without = tried[0].s;
  const withCheck = tried.find((t) => t.threshold === best.threshold)!.s;
  const emptied = score(articles, (k) => ({ trainedOn: '', threshold: best.threshold, ...foldModels[k] }), true);
  console.log(
    `5-fold CV, kept with no claimant under ${best.threshold.toFixed(2)}: attribution ${f(emptied.attribution)} | right claimant ${f(emptied.claimant)}`,
  );
  const model: ClaimModel = {
    trainedOn:
      `PolNeAR train, ${articles.length} articles; 5-fold CV right claimant ${f(without.claimant)} without the check → ` +
      `${f(withCheck.claimant)} dropping under ${best.threshold}`,
    threshold: best.threshold,
    ...trainLogistic(examples(articles), TRAINING),
  };
  writeFileSync(
    `${PROJECT_ROOT}src/ingest/attribution/model/claim-model.json`,
    `${JSON.stringify(model, null, 0).replace(/,"/g, ',\n"')}\n`,
  );
  console.log(
    `wrote src/ingest/attribution/model/claim-model.json: threshold ${best.threshold}, ${Object.keys(model.weights).length} weights`,
  );
}

main();
