/**
 * The parse on chosen sentences only (src/ingest/nlp/selective-parse.ts) and the client's
 * transport properties, against the run's real CoreNLP server: a chosen sentence gets the tree the
 * whole-document parse gives it, the others none, and the pipeline runs on such a document.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient, TRANSPORT_PROPERTIES } from '../../src/ingest/nlp/corenlp-client.ts';
import { annotateSelectively, cueSentences, type SelectiveStats } from '../../src/ingest/nlp/selective-parse.ts';
import type { NlpClient } from '../../src/ingest/nlp/types.ts';

const TEXT = [
  'The river rose overnight in the north of the country.',
  'Svetlana Golub said that 498 soldiers had died in the fighting.',
  'Roads were closed and 1 1/2 tons of sandbags (about 1,360 kg) arrived by noon.',
  '"We are not afraid," the mayor told reporters.',
  'Rain is expected again on Friday.',
].join(' ');

describe('the dependency parse on chosen sentences only', () => {
  const nlp = createCoreNlpClient(inject('corenlpUrl'));
  const choose = cueSentences(new Set(['say', 'tell']), false);

  it('gives a chosen sentence the tree of the whole parse, and the others no edges', async () => {
    const full = await nlp.annotate(TEXT);
    const stats: SelectiveStats = { sentences: 0, parsed: 0, mismatched: 0 };
    const doc = await annotateSelectively(nlp, TEXT, {}, choose, stats);
    expect(doc.sentences.map((s) => s.tokens)).toEqual(full.sentences.map((s) => s.tokens));
    const chosen = doc.sentences.map((s) => s.tokens.some((t) => ['say', 'tell'].includes(t.lemma) || /[“”"]/.test(t.originalText)));
    expect(chosen).toContain(false);
    doc.sentences.forEach((s, i) => {
      if (chosen[i]) {
        expect(s.parsed).toBeUndefined();
        expect(s.dependencies).toEqual(full.sentences[i].dependencies);
      } else {
        expect(s.parsed).toBe(false);
        expect(s.dependencies).toEqual([]);
      }
    });
    expect(stats).toEqual({ sentences: full.sentences.length, parsed: chosen.filter(Boolean).length, mismatched: 0 });
  });

  it('keeps a word with a space in it ("1 1/2") in step with the first parse', async () => {
    const doc = await annotateSelectively(nlp, TEXT, {}, (sentences) => sentences.map(() => true));
    const full = await nlp.annotate(TEXT);
    expect(doc.sentences.every((s) => s.parsed === undefined)).toBe(true);
    expect(doc.sentences.map((s) => s.dependencies)).toEqual(full.sentences.map((s) => s.dependencies));
  });

  it('with "the sentence before" also parses the sentence before each chosen one', async () => {
    const text = 'The river rose overnight. Svetlana Golub said that 498 soldiers had died. Roads were closed. Rain is expected.';
    const doc = await annotateSelectively(nlp, text, {}, cueSentences(new Set(['say']), true));
    expect(doc.sentences.map((s) => s.parsed !== false)).toEqual([true, true, false, false]);
  });

  it("chooses a sentence for its quotation in doubled marks ('') as for one in curly marks", async () => {
    const text = "The bridge closed at noon. ''Nobody wants a toll on that bridge,'' the mayor shouted. Rain is expected.";
    const doc = await annotateSelectively(nlp, text, {}, cueSentences(new Set(['say']), false));
    // The splitter may leave the opening '' at the end of the sentence before, which is then chosen too.
    expect(doc.sentences.map((s) => s.parsed !== false).slice(1)).toEqual([true, false]);
  });

  it('is read by the pipeline without errors: unparsed sentences just carry no attribution', async () => {
    const selective: NlpClient = { url: nlp.url, annotate: (text, options = {}) => annotateSelectively(nlp, text, options, choose) };
    const extraction = await extract(TEXT, { publishedAt: '2022-03-02T12:00:00Z' }, selective);
    const annotation = parseAnnotation(extraction.annotation, 'selective');
    const golub = annotation.claims.find((c) => c.evidence.text.includes('498 soldiers had died'));
    expect(golub?.claimants).toEqual(['person/svetlana-golub']);
  });
});

describe("the client's transport properties", () => {
  it('change nothing in the parse (so the parse cache need not key on them)', async () => {
    const nlp = createCoreNlpClient(inject('corenlpUrl'));
    const before = Object.fromEntries(Object.keys(TRANSPORT_PROPERTIES).map((k) => [k, k === 'output.prettyPrint' ? 'true' : '1']));
    expect(await nlp.annotate(TEXT, { docDate: '2022-03-02' })).toEqual(
      await nlp.annotate(TEXT, { docDate: '2022-03-02', properties: before }),
    );
  });
});
