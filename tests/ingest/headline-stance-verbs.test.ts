/**
 * Title-case headlines whose stance or belief verb the tagger reads as part of a name
 * (src/ingest/attribution/frames/headline-verbs.ts), on real CoreNLP parses of headlines written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a headline verb of stance or belief', () => {
  it.each([
    ['Why Harbor Workers Support Governor Alden Brisk.', 'Harbor Workers', 'Governor Alden Brisk'],
    ['Right After This Veteran Senator Endorsed Brisk, The Council Did Something Strange.', 'Senator', 'Brisk'],
    ['Valdora Farmers Support Sending Tom Brisk Back To The Capital.', 'Farmers', 'Sending Tom Brisk Back To The Capital'],
  ])('reads the name before it as the source: %s', async (text, source, content) => {
    const found = await namedContents(text);
    expect(
      found.some(([names, said]) => names.some((n) => n.includes(source)) && said.includes(content)),
      JSON.stringify(found),
    ).toBe(true);
  });
});
