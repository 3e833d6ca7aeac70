/**
 * An "and" inside one organization's name does not split it into two claimants
 * (src/ingest/attribution/sources/and-in-names.ts), on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('an organization named with "and"', () => {
  it('speaks as one claimant', async () => {
    const text =
      'The Quebec Liquor and Spirits Board said the price rise would start in June. Oregon Fish and Wildlife said the salmon run was late.';
    expect(await claimantsOf(text, 'the price rise would start in June')).toEqual(['Quebec Liquor and Spirits Board']);
    expect(await claimantsOf(text, 'the salmon run was late')).toEqual(['Oregon Fish and Wildlife']);
  });
});
