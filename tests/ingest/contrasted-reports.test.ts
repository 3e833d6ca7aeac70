/**
 * Two sources set against each other in one sentence (attribution/credits/contrasted-reports.ts): "While
 * X lists him at N, Forbes says M" gives each its own claim; the outlet in the main clause carries
 * nothing, on real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('contrasted readings', () => {
  it('"While the Hurun Report lists him at N, Forbes says S": Forbes claims S, and carries nothing', async () => {
    const text =
      'How much the Indonesian tycoon Budi Hartono owns is a matter of dispute. While the Hurun Report lists him as worth $20 billion, Forbes says his wealth is closer to $15 billion.';
    expect(await claimsWithVia(text)).toEqual([
      { claimants: ['Hurun Report'], via: [] },
      { claimants: ['Forbes'], via: [] },
    ]);
  });

  it('"Although the family office says S, the Journal reports S2": each speaks for itself', async () => {
    const text =
      'Although the family office says the heiress gave away most of her inheritance, The Wall Street Journal reports that much of it went to her own foundation.';
    expect(await claimsWithVia(text)).toEqual([
      { claimants: ['family office'], via: [] },
      { claimants: ['The Wall Street Journal'], via: [] },
    ]);
  });

  it('still reads a closing credit over the whole sentence ("S, the AP reports")', async () => {
    const text = 'The mayor said the bridge would reopen in May, the AP reports.';
    expect(await claimsWithVia(text)).toEqual([{ claimants: ['mayor'], via: ['Associated Press'] }]);
  });
});
