import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../src/ingest/nlp/sentence-at.ts';
import type { NlpDocument, NlpSentence } from '../../src/ingest/nlp/types.ts';

/** Hand-built sentences for "He left. She said so." (whitespace tokens), so this runs without CoreNLP. */
function documentOf(text: string): NlpDocument {
  const sentences: NlpSentence[] = [];
  const pattern = /[^.]+\./g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const tokens = [...m[0].matchAll(/\S+/g)].map((w, i) => {
      const start = m.index + w.index;
      return { index: i + 1, word: w[0], originalText: w[0], lemma: w[0], pos: 'NN', ner: 'O', start, end: start + w[0].length };
    });
    sentences.push({ index: sentences.length, tokens, dependencies: [], entityMentions: [] });
  }
  return { sentences };
}

describe('sentenceAt', () => {
  const text = 'He left. She said so.';
  const doc = documentOf(text);

  it('finds the sentence holding a token start, a token middle and the last token', () => {
    expect(sentenceAt(doc, 0)?.index).toBe(0);
    expect(sentenceAt(doc, text.indexOf('She'))?.index).toBe(1);
    expect(sentenceAt(doc, text.indexOf('aid'))?.index).toBe(1);
    expect(sentenceAt(doc, text.indexOf('so.'))?.index).toBe(1);
  });

  it('gives no sentence for the space between two sentences or past the text', () => {
    expect(sentenceAt(doc, text.indexOf(' She'))).toBeUndefined();
    expect(sentenceAt(doc, text.length)).toBeUndefined();
  });
});
