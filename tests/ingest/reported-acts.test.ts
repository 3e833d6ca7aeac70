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

  it('is the outlet\'s claim where the act reads below the cue model\'s bar ("X resigned, the Guardian reports")', async () => {
    for (const [text, outlet] of [
      ['The harbor master of Ostrava resigned on Thursday, the Guardian reports.', 'The Guardian'],
      ['The ferry line signed a ten-year lease on the old pier, the Guardian reports.', 'The Guardian'],
    ]) {
      expect(await claimsWithVia(text), text).toEqual([{ claimants: [outlet], via: [] }]);
    }
  });

  it('is the outlet\'s claim for a deed WordNet files outside words and thought ("X filed a lawsuit, the Star reports", "X has banned Y")', async () => {
    for (const [text, outlet] of [
      [
        'The city of Marlow filed a lawsuit against a drone delivery company on Tuesday over flights above two schools, the Guardian reports.',
        'The Guardian',
      ],
      ['A chess club in Bristol has banned a member for life after he was caught with a phone, the Guardian reports.', 'The Guardian'],
    ]) {
      expect(await claimsWithVia(text), text).toEqual([{ claimants: [outlet], via: [] }]);
    }
  });

  it('keeps a speaker whose act is followed by words ("approved it, saying S, the Gazette reports")', async () => {
    expect(
      await claimsWithVia('The harbor commission approved the fares, saying the ferries had lost money for years, the Guardian reports.'),
    ).toEqual([{ claimants: ['harbor commission'], via: ['The Guardian'] }]);
  });

  it('keeps a saying as the speaker\'s with the outlet as via ("X said S, CNN reports")', async () => {
    expect(await claimsWithVia('The harbor master said the pier would reopen in May, the Guardian reports.')).toEqual([
      { claimants: ['harbor master'], via: ['The Guardian'] },
    ]);
  });
});
