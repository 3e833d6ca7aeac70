/**
 * `npx tsx bench/extract-selective-eval.ts`: what the dependency parse on chosen sentences only
 * (`bench:extract --configs sel-*`, src/ingest/nlp/selective-parse.ts) would cost in accuracy,
 * `npm run eval`'s PolNeAR dev, seed and corpus figures for each choice. Simulated on the cached full
 * parses (.cache/corenlp, made by `npm run eval`, which must have run): a sentence parsed alone gets
 * the tree it gets in the whole document (tests/nlp/selective-parse.test.ts), so dropping the trees
 * of the sentences not chosen is the selective parse. The `all` row is `npm run eval`'s own.
 */
import { groupTotal, scoreAnnotatedArticles } from '../src/eval/newser-eval.ts';
import { cachedClient } from '../src/eval/parse-cache.ts';
import { PARSE_CACHE_DIR } from '../src/eval/polnear-corpus.ts';
import { scorePolnear } from '../src/eval/polnear-eval.ts';
import { createCoreNlpClient } from '../src/ingest/nlp/corenlp-client.ts';
import { cueSentences, type SentenceChoice } from '../src/ingest/nlp/selective-parse.ts';
import type { NlpClient } from '../src/ingest/nlp/types.ts';
import cueLemmas from './extract-cue-lemmas.json' with { type: 'json' };

const cues = (min: number) => new Set(cueLemmas.lemmas.filter((l) => l.cues / l.sentences >= min).map((l) => l.lemma));
const choices: Record<string, SentenceChoice | undefined> = {
  all: undefined,
  'sel-prev': cueSentences(cues(0.1)),
  'sel-0.2': cueSentences(cues(0.2), false),
  'sel-0.2-prev': cueSentences(cues(0.2)),
};
// A parse missing from the cache is asked of CORENLP_URL (whole, then cached).
const base = cachedClient(createCoreNlpClient(process.env.CORENLP_URL ?? 'http://127.0.0.1:9010'), PARSE_CACHE_DIR);
const pct = (x: number) => (x * 100).toFixed(1);
for (const [name, choose] of Object.entries(choices)) {
  let sentences = 0;
  let parsed = 0;
  const nlp: NlpClient = {
    url: base.url,
    async annotate(text, options = {}) {
      const doc = await base.annotate(text, options);
      if (!choose) return doc;
      const keep = choose(doc.sentences);
      sentences += keep.length;
      parsed += keep.filter(Boolean).length;
      return { ...doc, sentences: doc.sentences.map((s, i) => (keep[i] ? s : { ...s, dependencies: [], parsed: false })) };
    },
  };
  const dev = await scorePolnear('dev', nlp);
  const scored = await scoreAnnotatedArticles(nlp);
  const seed = groupTotal(scored.filter((r) => r.group === 'seed'));
  const corpus = groupTotal(scored.filter((r) => r.group !== 'seed'));
  console.log(
    `${name.padEnd(13)} parsed ${sentences ? ((100 * parsed) / sentences).toFixed(0) : 100} % of sentences | dev attribution F1 ${dev.attribution.f1.toFixed(3)}, right claimant ${dev.claimant.p.toFixed(3)} ${dev.claimant.r.toFixed(3)} ${dev.claimant.f1.toFixed(3)} | seed claims ${pct(seed.claims.f1)} via ${pct(seed.via.f1)} dates ${pct(seed.dates.f1)} types ${pct(seed.entityTypes.precision)} | corpus claims ${pct(corpus.claims.f1)} types ${pct(corpus.entityTypes.precision)}`,
  );
}
