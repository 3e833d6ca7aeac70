/**
 * An outlet first met as a speaker under a name NER leaves untagged ("state TV reported") is the
 * listener when named again ("told state TV"), not the outlet of the report before
 * (src/ingest/annotation/repeated-outlet-names.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('an outlet named again with the same words', () => {
  it('is the listener of "told state TV"', async () => {
    expect(
      await claimsWithVia(
        'A volcano on Halmahera erupted overnight, state TV reported. The official Antara news agency said 3,000 villagers had been moved. Airport chief Budi Santoso told state TV that all flights were grounded.',
      ),
    ).toEqual([
      { claimants: ['state TV'], via: [] },
      { claimants: ['official Antara news agency'], via: [] },
      { claimants: ['Budi Santoso'], via: ['state TV'] },
    ]);
  });
});
