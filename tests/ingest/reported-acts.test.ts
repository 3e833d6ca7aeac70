/**
 * An outlet's closing credit on a sentence whose own verb is an act ("approved", "apologized",
 * "recalled"), not a saying (src/ingest/attribution/credits/reported-acts.ts): the outlet claims the
 * sentence; the actor is not its speaker. On real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe("an act an outlet's closing credit reports", () => {
  it('is the outlet\'s claim ("X approved Y, the AP reports")', async () => {
    for (const [text, outlet] of [
      ['The harbor commission approved the new ferry fares in a 5-2 vote on Tuesday, reports the AP.', 'Associated Press'],
      ['The founder of a kayak rental firm apologized for the flooded boathouse, CNN reports.', 'CNN'],
      ['Tillbrook has recalled 7,000 ceramic kettles sold in garden centers, Reuters reports.', 'Reuters'],
    ]) {
      expect(await claimsWithVia(text), text).toEqual([{ claimants: [outlet], via: [] }]);
    }
  });

  it('keeps a speaker whose act is followed by words ("approved it, saying S, the Gazette reports")', async () => {
    expect(
      await claimsWithVia('The harbor commission approved the fares, saying the ferries had lost money for years, the Guardian reports.'),
    ).toEqual([{ claimants: ['harbor commission'], via: ['The Guardian'] }]);
  });
});
