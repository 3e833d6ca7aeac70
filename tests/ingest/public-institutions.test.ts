/**
 * A zoo, a museum, an aquarium or a hospital can be a claim's source
 * (src/ingest/attribution/sources/public-institutions.ts), on real CoreNLP parses of sentences
 * written for this test: before, neither the gazetteer nor the cue lexicon knew the nouns, and the
 * claim was dropped.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a public institution as the source', () => {
  it('speaks for a zoo that posts online', async () => {
    const text = 'Early Monday, the zoo posted on Facebook that both giraffe calves had gained weight.';
    expect(await claimantsOf(text, 'both giraffe calves had gained weight')).toEqual(['the zoo']);
  });

  it('speaks for a museum named earlier', async () => {
    const text =
      'The Kestrel Museum of Science reopened its dinosaur hall in May. On Friday the museum announced that the hall would close again for repairs.';
    expect(await claimantsOf(text, 'the hall would close again')).toEqual(['Kestrel Museum of Science']);
  });
});
