/**
 * A quotation closed by '" said X': a subject the parser found inside the quotation is its misreading,
 * and the name after the verb speaks (src/ingest/attribution/quotes/closing-speakers.ts), on a real
 * CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a closing speaker after a quotation the parser read a subject in', () => {
  it('credits the name after the verb', async () => {
    const text =
      '“If the plant does not have the parts to build a reactor yet, it will in a few years,” said Dana Whitcomb, a physicist at the Ferris Institute.';
    expect(await namedContents(text)).toEqual([
      [['Dana Whitcomb'], 'If the plant does not have the parts to build a reactor yet, it will in a few years,'],
    ]);
  });
});
