/**
 * `npx tsx bench/extract-cues.ts`: the cue lemmas `bench:extract --configs sel-*` parses around,
 * learned from PolNeAR train (cached full parses, never dev): every lemma that cues an attribution
 * the pipeline finds at least twice, with how often (`cues`) and in how many train sentences it
 * occurs (`sentences`), so a configuration can keep the lemmas whose yield (cues / sentences)
 * clears a threshold. Writes bench/extract-cue-lemmas.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute } from '../src/ingest/attribution/index.ts';
import { parsedTrain } from '../src/eval/train-parses.ts';
import { PROJECT_ROOT } from '../src/project-root.ts';

const cues = new Map<string, number>();
const sentences = new Map<string, number>();
const train = parsedTrain();
for (const { article, doc } of train) {
  for (const a of attribute(article.text, doc)) cues.set(a.cue.lemma, (cues.get(a.cue.lemma) ?? 0) + 1);
  for (const s of doc.sentences)
    for (const lemma of new Set(s.tokens.map((t) => t.lemma.toLowerCase()))) sentences.set(lemma, (sentences.get(lemma) ?? 0) + 1);
}
const lemmas = [...cues]
  .filter(([, n]) => n >= 2)
  .map(([lemma, n]) => ({ lemma, cues: n, sentences: sentences.get(lemma) ?? n }))
  .sort((a, b) => b.cues - a.cues);
const file = join(PROJECT_ROOT, 'bench/extract-cue-lemmas.json');
writeFileSync(file, `${JSON.stringify({ trainedOn: `PolNeAR train, ${train.length} cached parses`, lemmas })}\n`);
console.log(`${lemmas.length} cue lemmas from ${train.length} train articles -> ${file}`);
