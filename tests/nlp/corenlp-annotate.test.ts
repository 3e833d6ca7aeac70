/**
 * The run's real CoreNLP server (tests/support/global-setup.ts) through the project's client:
 * what the ingest pipeline reads from it (offsets, tags, lemmas, entities, the dependency tree,
 * dates resolved against the document's date when SUTime is asked for).
 */
import { describe, expect, inject, it } from 'vitest';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import type { NlpDocument, NlpToken } from '../../src/ingest/nlp/types.ts';

const TEXT =
  "Svetlana Golub, head of the Soldiers' Mothers Committee in Moscow, told Reuters yesterday that 498 soldiers had died.\n\nThe ministry denied it.";
const DOC_DATE = '2022-03-02';

describe('the CoreNLP server of the test run', () => {
  const url = inject('corenlpUrl');
  let doc: NlpDocument;
  const tokens = () => doc.sentences.flatMap((s) => s.tokens);
  const token = (word: string): NlpToken => {
    const found = tokens().find((t) => t.word === word);
    if (!found) throw new Error(`no token ${word}`);
    return found;
  };

  it('answers /ready and /live', async () => {
    for (const path of ['ready', 'live']) {
      const response = await fetch(`${url}/${path}`);
      expect(response.status).toBe(200);
      expect((await response.text()).trim()).toBe(path);
    }
    // The global setup sets it for the processes the tests spawn.
    expect(process.env.CORENLP_URL).toBe(url);
  });

  it('annotates a real sentence: offsets that index the text, POS tags, lemmas', async () => {
    doc = await createCoreNlpClient(url).annotate(TEXT, { docDate: DOC_DATE });
    expect(doc.sentences).toHaveLength(2);
    for (const t of tokens()) expect(TEXT.slice(t.start, t.end)).toBe(t.originalText);
    expect(token('Golub').pos).toBe('NNP');
    expect(token('told').pos).toBe('VBD');
    expect(token('soldiers').pos).toBe('NNS');
    expect(token('told').lemma).toBe('tell');
    expect(token('died').lemma).toBe('die');
    expect(token('soldiers').lemma).toBe('soldier');
  });

  it('types named entities and gives their mentions', () => {
    expect(token('Svetlana').ner).toBe('PERSON');
    expect(token('Golub').ner).toBe('PERSON');
    expect(token('Reuters').ner).toBe('ORGANIZATION');
    expect(['CITY', 'LOCATION']).toContain(token('Moscow').ner);
    // The pipeline's parse runs no numeric classifiers (PIPELINE_PROPERTIES): a number stays untyped.
    expect(token('498').ner).toBe('O');
    const person = doc.sentences[0].entityMentions.find((m) => m.ner === 'PERSON');
    expect(person?.text).toBe('Svetlana Golub');
    expect(TEXT.slice(person!.start, person!.end)).toBe('Svetlana Golub');
    const [first, last] = [doc.sentences[0].tokens[person!.tokenBegin - 1], doc.sentences[0].tokens[person!.tokenEnd - 2]];
    expect([first.word, last.word]).toEqual(['Svetlana', 'Golub']);
  });

  it('gives a dependency tree per sentence: one head per token, one root, no cycles', () => {
    for (const sentence of doc.sentences) {
      const n = sentence.tokens.length;
      const heads = new Map<number, number>();
      for (const d of sentence.dependencies) {
        expect(heads.has(d.dependent), `token ${d.dependent} has two heads`).toBe(false);
        expect(d.governor).toBeGreaterThanOrEqual(0);
        expect(d.governor).toBeLessThanOrEqual(n);
        heads.set(d.dependent, d.governor);
      }
      expect([...heads.keys()].sort((a, b) => a - b)).toEqual(sentence.tokens.map((t) => t.index));
      expect(sentence.dependencies.filter((d) => d.governor === 0)).toHaveLength(1);
      for (const t of sentence.tokens) {
        const seen = new Set<number>();
        for (let at = t.index; at !== 0; at = heads.get(at)!) {
          expect(seen.has(at), `cycle through token ${at}`).toBe(false);
          seen.add(at);
        }
      }
    }
    const root = doc.sentences[0].dependencies.find((d) => d.governor === 0)!;
    expect(doc.sentences[0].tokens[root.dependent - 1].word).toBe('told');
    const subject = doc.sentences[0].dependencies.find((d) => d.dep === 'nsubj' && d.governor === root.dependent)!;
    expect(doc.sentences[0].tokens[subject.dependent - 1].word).toBe('Golub');
  });

  // The fine-grained request makes the server build a second pipeline, which took over a minute on loaded cores.
  it('runs no fine-grained rules: nationalities and titles stay untyped, never a person, an organization or a place', async () => {
    const nationality = await createCoreNlpClient(url).annotate('North Korean officials met the Japanese ambassador.');
    const ner = (word: string) => nationality.sentences[0].tokens.find((t) => t.word === word)?.ner;
    for (const word of ['North', 'Korean', 'Japanese', 'ambassador']) expect(ner(word), word).toBe('O');
    const fine = await createCoreNlpClient(url).annotate('North Korean officials met the Japanese ambassador.', {
      properties: { 'ner.applyFineGrained': 'true' },
    });
    // The same server types them when asked: the option, not the model, makes the difference.
    expect(fine.sentences[0].tokens.find((t) => t.word === 'Korean')?.ner).toBe('NATIONALITY');
  }, 240_000);

  it('says whether NER ran, also for a text it tags all O', async () => {
    const text = 'The tanks moved at dawn and stopped at noon.';
    const withNer = await createCoreNlpClient(url).annotate(text);
    expect(withNer.sentences[0].tokens.every((t) => t.ner === 'O')).toBe(true);
    expect(withNer.ner).toBe(true);
    const lean = await createCoreNlpClient(url).annotate(text, { annotators: ['tokenize', 'ssplit', 'pos', 'lemma', 'depparse'] });
    expect(lean.ner).toBe(false);
  });

  it('normalises dates relative to the document date when SUTime is asked for', async () => {
    // The pipeline reads dates with its own rules and leaves SUTime off; a request can turn it on.
    expect(token('yesterday').normalizedNER).toBeUndefined();
    const sutime = { 'ner.useSUTime': 'true', 'ner.applyNumericClassifiers': 'true' };
    doc = await createCoreNlpClient(url).annotate(TEXT, { docDate: DOC_DATE, properties: sutime });
    const dayBefore = new Date(Date.parse(`${DOC_DATE}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    // The client sends the document date as noon of that day (the server takes a date-time), so
    // SUTime may type "yesterday" TIME and give the time too: the day is what matters.
    expect(['DATE', 'TIME']).toContain(token('yesterday').ner);
    expect(token('yesterday').normalizedNER?.slice(0, 10)).toBe(dayBefore);
    // Another document date moves it.
    const other = await createCoreNlpClient(url).annotate('They met yesterday.', {
      docDate: '2016-09-12',
      annotators: ['tokenize', 'ssplit', 'pos', 'lemma', 'ner'],
      properties: sutime,
    });
    expect(other.sentences[0].tokens.find((t) => t.word === 'yesterday')?.normalizedNER?.slice(0, 10)).toBe('2016-09-11');
  });
});
