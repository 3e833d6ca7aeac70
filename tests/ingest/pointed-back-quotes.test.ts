/**
 * A quotation whose next sentence points back at it and names its own speaker ('"S." That was how X
 * put it') does not go on with the paragraph's previous speaker
 * (src/ingest/attribution/quotes/pointed-back-quotes.ts), on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a quotation a later "That was how X …" points back at', () => {
  it("is not the previous speaker's", async () => {
    const text =
      'Coach Dana Ruiz said the team had trained in the snow all week. "It was brutal." That was how goalkeeper Ben Tate summed up the practice to the Herald.';
    expect(await claimantsOf(text, 'It was brutal')).not.toEqual(['Dana Ruiz']);
  });
});
