/**
 * A saying hung on the predicate of a clause inside its subject ("Tom Baker, who wants to be the next
 * governor, tweeted on Monday to say S"): the source phrase "to be the next governor" describes and does
 * not speak, so the reading is dropped (sources/predicate-phrases.ts); on real CoreNLP parses of texts
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames, claimantsOf } from '../support/parsed-attributions.ts';

describe('a predicate phrase as the source', () => {
  it('names no one for "X, who wants to be the next governor, tweeted on Monday to say S"', async () => {
    const text = 'Tom Baker, who wants to be the next governor, tweeted on Monday to say he had never proposed a new tax.';
    expect((await claimantNames(text)).flat().filter((n) => /^to\s/.test(n))).toEqual([]);
    expect(await claimantsOf(text, 'never proposed a new tax')).toBeUndefined();
    // With the saying on the subject's own verb, the subject speaks.
    const said = 'Tom Baker, who wants to be the next governor, said on Monday that he had never proposed a new tax.';
    expect(await claimantsOf(said, 'never proposed a new tax')).toEqual(['Tom Baker']);
  });
});
