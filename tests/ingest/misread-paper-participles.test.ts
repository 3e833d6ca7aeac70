/**
 * "Court papers filed by X say S" where the parser makes "filed" the main verb and the papers its
 * subject: the maker in the "by" phrase still speaks (sources/document-authors.ts), on real CoreNLP
 * parses of sentences written for this test; a real filing verb keeps its subject.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a paper whose participle the parser read as the main verb', () => {
  it.each([
    [
      'Court papers filed by the rowing club say the marina blocked its boathouse for six weeks.',
      'the rowing club',
      'the marina blocked its boathouse for six weeks',
    ],
    [
      "Court papers filed Monday by a beekeepers' cooperative say the spraying killed most of its hives.",
      "a beekeepers' cooperative",
      'the spraying killed most of its hives',
    ],
    ['The lawyers filed a motion on Friday by fax and said the judge had erred.', 'The lawyers', 'the judge had erred'],
    ['The lawyers filed on Friday by fax, saying the judge had erred.', 'The lawyers', 'the judge had erred'],
  ])('%s', async (text, speaker, content) => {
    expect(await namedContents(text)).toEqual([[[speaker], content]]);
  });
});
