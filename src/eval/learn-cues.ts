/**
 * `npm run learn:cues`: learns which (cue lemma, frame) pairs attribute from PolNeAR train, picks
 * the keep-threshold by 5-fold cross-validation on train, prints the cross-validated figures and
 * writes src/ingest/attribution/cue-lexicon.json. Uses the parses in .cache/corenlp (parse first
 * with `npm run eval -- --parse-train`); dev is never read here.
 */
import { writeFileSync } from 'node:fs';
import { candidates } from '../ingest/attribution/frames.ts';
import type { CueLexicon } from '../ingest/attribution/lexicon.ts';
import { extendToQuotes, findQuotes } from '../ingest/attribution/quotes.ts';
import { DependencyTree } from '../ingest/attribution/tree.ts';
import type { NlpDocument } from '../ingest/nlp/types.ts';
import { PROJECT_ROOT } from '../server/project-root.ts';
import { LEAN_ANNOTATORS, readCached } from './parse-cache.ts';
import { PARSE_CACHE_DIR, readSplit, type PolnearArticle } from './polnear-corpus.ts';
import { contentMatch, overlapLength, sumTallies, tallyArticle, tallyScores, type ArticleTally, type Spans } from './spans.ts';
import { predictions } from './polnear-eval.ts';


const ALPHA = 2;

interface Parsed {
  article: PolnearArticle;
  doc: NlpDocument;
}

/**
 * Train articles with a cached parse: the full pipeline or the lean one without NER, from the
 * current client or, failing that, from before it curled straight quotes (v1).
 */
export function parsedTrain(): Parsed[] {
  const out: Parsed[] = [];
  for (const article of readSplit('train')) {
    const options = [{ docDate: article.publishedOn }, { docDate: article.publishedOn, annotators: LEAN_ANNOTATORS }];
    const doc = (['v2', 'v1'] as const).flatMap((v) => options.map((o) => () => readCached(PARSE_CACHE_DIR, article.text, o, v))).reduce<NlpDocument | undefined>((found, read) => found ?? read(), undefined);
    if (doc) out.push({ article, doc });
  }
  return out;
}

type Counts = Record<string, [number, number]>;

/** Lemmas of common nouns that head annotated sources ("officials", "poll", "spokesman"), with counts. */
function sourceNouns(parsed: Parsed[]): Record<string, number> {
  const seen: Record<string, number> = {};
  for (const { article, doc } of parsed) {
    for (const sentence of doc.sentences) {
      for (const t of sentence.tokens) {
        if (!/^NNS?$/.test(t.pos)) continue;
        if (article.attributions.some((g) => g.source && overlapLength([[t.start, t.end]], g.source.spans) > 0 && g.source.spans.some(([, e]) => e <= t.end + 1 && e >= t.end - 1))) {
          seen[t.lemma.toLowerCase()] = (seen[t.lemma.toLowerCase()] ?? 0) + 1;
        }
      }
    }
  }
  return Object.fromEntries(Object.entries(seen).filter(([, n]) => n >= 2).sort(([a], [b]) => a.localeCompare(b)));
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

function count(parsed: Parsed[]): { counts: Counts; frames: Counts } {
  const counts: Counts = {};
  const frames: Counts = {};
  for (const { article, doc } of parsed) {
    const quotes = findQuotes(article.text);
    for (const sentence of doc.sentences) {
      const tree = new DependencyTree(sentence);
      for (const c of candidates(sentence)) {
        const span = tree.span(c.content);
        if (!span) continue;
        const content: Spans = extendToQuotes(span, quotes).map((s) => [s.start, s.end]);
        const cue = tree.token(c.cue);
        const hit = article.attributions.some((g) => g.cue && overlapLength([[cue.start, cue.end]], g.cue.spans) > 0 && contentMatch(content, g.content.spans) > 0);
        const key = `${c.lemma}|${c.frame}`;
        const k = (counts[key] ??= [0, 0]);
        const f = (frames[c.frame] ??= [0, 0]);
        k[1]++;
        f[1]++;
        if (hit) {
          k[0]++;
          f[0]++;
        }
      }
    }
  }
  return { counts, frames };
}

function crossValidate(parsed: Parsed[], thresholds: number[], folds = 5) {
  const tallies = thresholds.map(() => [] as ArticleTally[]);
  for (let k = 0; k < folds; k++) {
    const trainPart = parsed.filter((_, i) => i % folds !== k);
    const testPart = parsed.filter((_, i) => i % folds === k);
    const { counts, frames } = count(trainPart);
    const nouns = sourceNouns(trainPart);
    const genders = firstNameGenders(trainPart.map((p) => p.article));
    thresholds.forEach((threshold, ti) => {
      const lexicon: CueLexicon = { trainedOn: '', alpha: ALPHA, threshold, counts, frames, sourceNouns: nouns, firstNames: genders };
      for (const { article, doc } of testPart) tallies[ti]!.push(tallyArticle(article.attributions, predictions(article.text, doc, lexicon)));
    });
  }
  return tallies.map((rows, i) => ({ threshold: thresholds[i]!, ...tallyScores(sumTallies(rows)) }));
}

function main(): void {
  const parsed = parsedTrain();
  if (parsed.length < 20) throw new Error(`only ${parsed.length} train articles are parsed; run \`npm run eval -- --parse-train\` first`);
  const thresholds = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
  const cv = crossValidate(parsed, thresholds);
  console.log(`PolNeAR train, ${parsed.length} parsed articles, 5-fold cross-validation :`);
  const f = (x: { p: number; r: number; f1: number }) => `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}`;
  for (const r of cv) console.log(`  threshold ${r.threshold.toFixed(2)}  attribution ${f(r.attribution)} | right claimant ${f(r.claimant)}`);
  const best = cv.reduce((a, b) => (b.claimant.f1 > a.claimant.f1 ? b : a));
  const { counts, frames } = count(parsed);
  const kept = Object.fromEntries(Object.entries(counts).filter(([, [pos]]) => pos > 0).sort(([a], [b]) => a.localeCompare(b)));
  const lexicon: CueLexicon = {
    trainedOn: `PolNeAR train, ${parsed.length} articles; threshold ${best.threshold} by 5-fold cross-validation (right-claimant F1 ${best.claimant.f1.toFixed(3)}, attribution F1 ${best.attribution.f1.toFixed(3)})`,
    alpha: ALPHA,
    threshold: best.threshold,
    counts: kept,
    frames,
    sourceNouns: sourceNouns(parsed),
    firstNames: firstNameGenders(readSplit('train')),
  };
  writeFileSync(`${PROJECT_ROOT}src/ingest/attribution/cue-lexicon.json`, `${JSON.stringify(lexicon, null, 0).replace(/\],"/g, '],\n"')}\n`);
  console.log(`wrote src/ingest/attribution/cue-lexicon.json: ${Object.keys(kept).length} (lemma, frame) pairs, threshold ${best.threshold}`);
}

main();
