/**
 * A definite description ("the zoo") names the latest earlier name or speaker with its head word,
 * but not a description in lower case where that word only modifies a noun for people ("zoo staff")
 * (src/ingest/attribution/sources/definite-descriptions.ts), on real CoreNLP parses of sentences
 * written for this test: before, the zoo's own post went to its staff.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a definite description after a speaker it modifies', () => {
  it('names the institution, not its people', async () => {
    const text =
      'A rare white rhino at the Dunmore Zoo gave birth to a calf, zoo staff said. Late Friday, the zoo posted on Facebook that the calf was already walking.';
    expect(await claimantsOf(text, 'the calf was already walking')).toEqual(['Dunmore Zoo']);
  });
});
