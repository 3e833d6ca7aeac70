/**
 * The full pipeline's PolNeAR predictions (src/eval/pipeline-predictions.ts): extract()'s claims as
 * score.py reads them, each spanning the claim's content (not its evidence, which also holds the
 * speaker and the verb) and naming its claimants by their entities' names and aliases and by the words that named
 * them in the claim's sentence. Real CoreNLP
 * parses of sentences written for these tests.
 */
import { describe, expect, inject, it } from 'vitest';
import { articleMeta, claimPredictions, PIPELINE } from '../../src/eval/pipeline-predictions.ts';
import type { PolnearArticle } from '../../src/eval/polnear-corpus.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import type { NlpClient } from '../../src/ingest/nlp/types.ts';

const nlp = () => createCoreNlpClient(inject('corenlpUrl'));
const article = (text: string): PolnearArticle => ({
  name: 'invented',
  publisher: 'Example Gazette',
  publishedOn: '2016-05-03',
  title: 'An invented story',
  text,
  attributions: [],
});
const spoken = (text: string, spans: Array<[number, number]>) => spans.map(([start, end]) => text.slice(start, end));

describe("the full pipeline's PolNeAR predictions", () => {
  it("span each claim's content, with its claimants' names and aliases", async () => {
    const text = 'Senator Paul Odell, a Democrat, told reporters that the vote would be close. Odell said his party would hold.';
    const predictions = claimPredictions(await extract(text, articleMeta(article(text)), nlp()));
    expect(predictions.map((p) => spoken(text, p.spans))).toEqual([['that the vote would be close'], ['his party would hold']]);
    expect(predictions.map((p) => p.claimants)).toEqual([
      ['Paul Odell', 'Odell', 'Senator Paul Odell', 'Senator Paul Odell'],
      ['Paul Odell', 'Odell', 'Senator Paul Odell', 'Odell'],
    ]);
  });

  it('name a claimant also by the words that named it in the sentence, which are not its aliases', async () => {
    const text =
      'The Federal Bureau of Investigation opened an inquiry into the Delmont shipyard fire on Monday. The agency said the blaze had been set on purpose. ' +
      'Lena Ortiz and Marco Vell spoke to reporters at the gate. Both said the shipyard had ignored repeated warnings.';
    const extraction = await extract(text, articleMeta(article(text)), nlp());
    const fbi = extraction.annotation.entities.find((e) => e.aliases.includes('Federal Bureau of Investigation'))!;
    expect(fbi.aliases).not.toContain('The agency');
    const predictions = claimPredictions(extraction);
    const byContent = (words: string) => predictions.find((p) => spoken(text, p.spans).join(' ').includes(words))!;
    expect(byContent('set on purpose').claimants).toContain('The agency');
    expect(byContent('ignored repeated warnings').claimants).toContain('Both');
  });

  it('give the parts of a claim split by measure one prediction, each part its own words of the content', async () => {
    const text = 'The Ruritanian defense ministry said 210 of its soldiers have died and almost 900 more have been wounded.';
    const predictions = claimPredictions(await extract(text, {}, nlp()));
    expect(predictions.map((p) => spoken(text, p.spans))).toEqual([['210 of its soldiers have died', 'almost 900 more have been wounded']]);
  });

  it("join a continued quotation to its speaker's saying, as PolNeAR marks one attribution (the graph keeps two claims)", async () => {
    const text =
      'Mayor Ana Ruiz said on Tuesday that the old bridge would reopen in May. "We have waited far too long for this bridge to carry traffic again."';
    const extraction = await extract(text, articleMeta(article(text)), nlp());
    expect(extraction.annotation.claims).toHaveLength(2);
    expect(claimPredictions(extraction).map((p) => [spoken(text, p.spans), p.claimants[0]])).toEqual([
      [['that the old bridge would reopen in May', 'We have waited far too long for this bridge to carry traffic again.'], 'Ana Ruiz'],
    ]);
  });

  it('join the two clauses of one saying that the graph stores as two claims', async () => {
    const text = 'The county engineer, Paul Brandt, said the road would reopen Friday and crews had cleared most of the debris.';
    const extraction = await extract(text, articleMeta(article(text)), nlp());
    expect(extraction.annotation.claims).toHaveLength(2);
    expect(claimPredictions(extraction).map((p) => spoken(text, p.spans))).toEqual([
      ['the road would reopen Friday', 'crews had cleared most of the debris'],
    ]);
  });

  it("read the article as ingest would, from the article's own parse: one request to the server", async () => {
    const text = 'Mayor Ana Ruiz said on Tuesday that the old bridge would reopen in May.';
    const meta = articleMeta(article(text));
    expect(meta).toEqual({ title: 'An invented story', outlet: 'Example Gazette', publishedAt: '2016-05-03T12:00:00Z' });
    const server = nlp();
    let requests = 0;
    const counting: NlpClient = { url: server.url, annotate: (t, o) => (requests++, server.annotate(t, o)) };
    const doc = await counting.annotate(text, { docDate: '2016-05-03' });
    const predicted = await PIPELINE.predict(article(text), doc, counting);
    expect(requests).toBe(1);
    expect(predicted).toEqual(claimPredictions(await extract(text, meta, server)));
  });
});
