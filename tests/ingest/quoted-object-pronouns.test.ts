/**
 * '"…they like him," Ortiz said' parsed with "him", inside the quotation, as the subject of "said":
 * the name between the closing mark and the cue is the speaker. A hand-built parse of that misreading,
 * since the parser makes it only now and then.
 */
import { describe, expect, it } from 'vitest';
import type { NlpDocument } from '../../src/ingest/nlp/types.ts';
import { SourceResolver } from '../../src/ingest/attribution/sources/sources.ts';

const TEXT = '“The voters like him,” Ortiz said.';

/** Tokens as [word, tag, lemma]; "Ortiz" hung on "like", "him" made the subject of "said". */
function misparsed(): NlpDocument {
  const words: Array<[string, string, string]> = [
    ['“', '``', '“'],
    ['The', 'DT', 'the'],
    ['voters', 'NNS', 'voter'],
    ['like', 'VBP', 'like'],
    ['him', 'PRP', 'he'],
    [',', ',', ','],
    ['”', "''", '”'],
    ['Ortiz', 'NNP', 'Ortiz'],
    ['said', 'VBD', 'say'],
    ['.', '.', '.'],
  ];
  let from = 0;
  const tokens = words.map(([word, pos, lemma], i) => {
    const start = TEXT.indexOf(word, from);
    from = start + word.length;
    return { index: i + 1, word, originalText: word, lemma, pos, ner: word === 'Ortiz' ? 'PERSON' : 'O', start, end: from };
  });
  const heads: Array<[string, number, number]> = [
    ['ROOT', 0, 9],
    ['nsubj', 9, 5],
    ['ccomp', 9, 4],
    ['nsubj', 4, 3],
    ['det', 3, 2],
    ['obl', 4, 8],
    ['punct', 4, 1],
    ['punct', 9, 6],
    ['punct', 9, 7],
    ['punct', 9, 10],
  ];
  const dependencies = heads.map(([dep, governor, dependent]) => ({ dep, governor, dependent }));
  const ortiz = tokens[7];
  const entityMentions = [{ tokenBegin: 8, tokenEnd: 9, text: 'Ortiz', start: ortiz.start, end: ortiz.end, ner: 'PERSON' }];
  return { sentences: [{ index: 0, tokens, dependencies, entityMentions }], ner: true };
}

describe('an object pronoun inside a quotation read as the subject of "said"', () => {
  it('names the speaker between the closing mark and the cue', () => {
    const doc = misparsed();
    const content = [{ start: 1, end: TEXT.indexOf(',') }];
    const source = new SourceResolver(TEXT, doc).resolve({ sentence: 0, source: 5, cue: { token: 9 }, content });
    expect(source?.name).toBe('Ortiz');
  });
});
