/**
 * 'Said Ortiz, “S.”': a sentence opened by "Said" before its speaker and a quotation, with "Said"
 * tagged as part of the name (src/ingest/attribution/frames/opening-said.ts), on a real CoreNLP parse
 * of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a sentence opened by "Said" and its speaker', () => {
  it.each([
    ['Said Ortiz, “The idea that the delay is tied to our budget vote is simply wrong.”', 'delay is tied', 'Ortiz'],
    ['Said Lena Ortiz, who grew up two blocks from the mill, “We were all sad to see it close.”', 'sad to see it', 'Lena Ortiz'],
  ])('credits the quotation to the speaker: %s', async (text, content, speaker) => {
    expect(((await claimantsOf(text, content)) ?? []).join(' ')).toContain(speaker);
  });
});
