/**
 * "S, the Times reports, citing two company officials" where the parser hangs "citing" on the claim's
 * own verb rather than on the credit: the ones cited made the claim, the outlet carried it
 * (src/ingest/attribution/credits/cited-speakers.ts citedSpeakers). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a closing credit citing unnamed speakers', () => {
  it('credits "…, the New York Times reports, citing two company officials"', async () => {
    expect(await claimsWithVia('The Harlow plant will close in May, the New York Times reports, citing two company officials.')).toEqual([
      { claimants: ['two company officials'], via: ['The New York Times'] },
    ]);
  });

  it('credits "…, the Washington Post reports, citing three diplomats"', async () => {
    expect(await claimsWithVia('The talks in Varsk have stalled, the Washington Post reports, citing three diplomats.')).toEqual([
      { claimants: ['three diplomats'], via: ['The Washington Post'] },
    ]);
  });
});
