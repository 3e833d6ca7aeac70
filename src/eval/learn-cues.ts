/**
 * `npm run learn:cues`: learns the attribution model (a logistic regression over candidate features) from PolNeAR train, picks
 * the keep-threshold by 5-fold cross-validation on train, prints the cross-validated figures and
 * writes src/ingest/attribution/model/cue-lexicon.json. Uses the parses in .cache/corenlp (parse first
 * with `npm run eval -- --train 840`); dev is never read here.
 */
import { writeFileSync } from 'node:fs';
import { candidateFeatures } from '../ingest/attribution/model/features.ts';
import { candidates } from '../ingest/attribution/frames/frames.ts';
import { candidateSpan } from '../ingest/attribution/find.ts';
import type { CueLexicon } from '../ingest/attribution/model/lexicon.ts';
import { extendToQuotes, findQuotes } from '../ingest/attribution/quotes/quotes.ts';
import { DependencyTree } from '../ingest/attribution/tree.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { readSplit, type PolnearArticle } from './polnear-corpus.ts';
import { parsedTrain, type Parsed } from './train-parses.ts';
import { contentMatch, overlapLength, sumTallies, tallyArticle, tallyScores, type ArticleTally, type Spans } from './spans.ts';
import { trainLogistic, type Example } from './logistic.ts';
import { predictions } from './polnear-eval.ts';

/** Lemmas of common nouns that head annotated sources ("officials", "poll", "spokesman"), with counts. */
function sourceNouns(parsed: Parsed[]): Record<string, number> {
  const seen: Record<string, number> = {};
  for (const { article, doc } of parsed) {
    for (const sentence of doc.sentences) {
      for (const t of sentence.tokens) {
        if (!/^NNS?$/.test(t.pos)) continue;
        if (
          article.attributions.some(
            (g) =>
              g.source &&
              overlapLength([[t.start, t.end]], g.source.spans) > 0 &&
              g.source.spans.some(([, e]) => e <= t.end + 1 && e >= t.end - 1),
          )
        ) {
          seen[t.lemma.toLowerCase()] = (seen[t.lemma.toLowerCase()] ?? 0) + 1;
        }
      }
    }
  }
  return Object.fromEntries(
    Object.entries(seen)
      .filter(([, n]) => n >= 2)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/**
 * First names → gender, from train sources written "he"/"she" whose coreference names the person
 * ("she" → "Hillary Clinton": Hillary is female). Kept when one gender has ≥ 80% of ≥ 2 votes.
 */
function firstNameGenders(articles: PolnearArticle[]): Record<string, 'male' | 'female'> {
  const votes: Record<string, [number, number]> = {};
  for (const article of articles) {
    for (const g of article.attributions) {
      const pronoun = g.source?.text.trim().toLowerCase();
      const resolved = g.source?.resolved?.trim();
      if (!resolved || !(pronoun === 'he' || pronoun === 'she')) continue;
      const first = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?([A-Z][a-z]+)\s+[A-Z]/.exec(resolved)?.[1];
      if (!first) continue;
      const v = (votes[first] ??= [0, 0]);
      v[pronoun === 'he' ? 0 : 1]++;
    }
  }
  const out: Record<string, 'male' | 'female'> = {};
  for (const [name, [m, f]] of Object.entries(votes).sort(([a], [b]) => a.localeCompare(b))) {
    if (m + f >= 2 && m >= 0.8 * (m + f)) out[name] = 'male';
    else if (m + f >= 2 && f >= 0.8 * (m + f)) out[name] = 'female';
  }
  return out;
}

/** A feature must be seen on 5 train candidates to weigh: a source noun seen twice ("volunteers") cannot veto a frame on its own. */
const TRAINING = { l2: 1e-5, minCount: Number(process.env.LR_MIN ?? 5) };

const exampleCache = new WeakMap<Parsed, Example[]>();

/** Every candidate the trees propose in `parsed`, with its features and whether it matched an annotated attribution. */
function examples(parsed: Parsed[]): Example[] {
  return parsed.flatMap((p) => {
    const cached = exampleCache.get(p) ?? articleExamples(p);
    exampleCache.set(p, cached);
    return cached;
  });
}

function articleExamples({ article, doc }: Parsed): Example[] {
  const out: Example[] = [];
  const quotes = findQuotes(article.text);
  for (const sentence of doc.sentences) {
    const tree = DependencyTree.of(sentence);
    for (const c of candidates(sentence)) {
      if (c.source === undefined) continue;
      const span = candidateSpan(article.text, quotes, tree, c);
      if (!span) continue;
      const content: Spans = extendToQuotes(span, quotes).map((s) => [s.start, s.end]);
      const cue = tree.token(c.cue);
      const label = article.attributions.some(
        (g) => g.cue && overlapLength([[cue.start, cue.end]], g.cue.spans) > 0 && contentMatch(content, g.content.spans) > 0,
      );
      out.push({ features: candidateFeatures(tree, c, span, quotes), label });
    }
  }
  return out;
}

function crossValidate(parsed: Parsed[], thresholds: number[], folds = 5) {
  const tallies = thresholds.map(() => [] as ArticleTally[]);
  const perFold = thresholds.map(() => [] as number[]);
  for (let k = 0; k < folds; k++) {
    const trainPart = parsed.filter((_, i) => i % folds !== k);
    const testPart = parsed.filter((_, i) => i % folds === k);
    const model = trainLogistic(examples(trainPart), TRAINING);
    const nouns = sourceNouns(trainPart);
    const genders = firstNameGenders(trainPart.map((p) => p.article));
    thresholds.forEach((threshold, ti) => {
      const lexicon: CueLexicon = { trainedOn: '', threshold, ...model, sourceNouns: nouns, firstNames: genders };
      const foldRows = testPart.map(({ article, doc }) => tallyArticle(article.attributions, predictions(article.text, doc, lexicon)));
      tallies[ti].push(...foldRows);
      perFold[ti].push(tallyScores(sumTallies(foldRows)).claimant.f1);
    });
  }
  return tallies.map((rows, i) => ({ threshold: thresholds[i], folds: perFold[i], ...tallyScores(sumTallies(rows)) }));
}

function main(): void {
  const parsed = parsedTrain();
  if (parsed.length < 20) throw new Error(`only ${parsed.length} train articles are parsed; run \`npm run eval -- --train 840\` first`);
  const thresholds = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
  const cv = crossValidate(parsed, thresholds);
  console.log(`PolNeAR train, ${parsed.length} parsed articles, 5-fold cross-validation :`);
  const f = (x: { p: number; r: number; f1: number }) => `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}`;
  for (const r of cv)
    console.log(
      `  threshold ${r.threshold.toFixed(2)}  attribution ${f(r.attribution)} | right claimant ${f(r.claimant)} (${r.claimant.f1.toFixed(6)}; folds ${r.folds.map((x) => x.toFixed(4)).join(' ')})`,
    );
  // Thresholds within 0.0005 of the best cross-validated F1 (equal at the printed precision): take the most precise one.
  const bestF1 = Math.max(...cv.map((r) => r.claimant.f1));
  const best = cv.filter((r) => r.claimant.f1 >= bestF1 - 0.0005).at(-1) ?? cv[0];
  const model = trainLogistic(examples(parsed), TRAINING);
  const lexicon: CueLexicon = {
    trainedOn: `PolNeAR train, ${parsed.length} articles; threshold ${best.threshold} by 5-fold cross-validation (right-claimant F1 ${best.claimant.f1.toFixed(3)}, attribution F1 ${best.attribution.f1.toFixed(3)})`,
    threshold: best.threshold,
    ...model,
    sourceNouns: sourceNouns(parsed),
    firstNames: firstNameGenders(readSplit('train')),
  };
  // `--out <file>` writes the model elsewhere, to compare it with the shipped one before replacing it.
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex > 0 ? process.argv[outIndex + 1] : `${PROJECT_ROOT}src/ingest/attribution/model/cue-lexicon.json`;
  writeFileSync(out, `${JSON.stringify(lexicon, null, 0).replace(/,"/g, ',\n"')}\n`);
  console.log(`wrote ${out}: ${Object.keys(model.weights).length} feature weights, threshold ${best.threshold}`);
}

main();
