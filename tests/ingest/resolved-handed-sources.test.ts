/**
 * A source resolved to an earlier name still carries the outlet its own phrase names
 * (src/ingest/annotation/outlet-phrases.ts `sourceHandedTo`, with `DraftClaim.sourceMentions`):
 * "The memo, seen by Reuters, says S" after "an internal memo" earlier. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('the outlet a resolved source was handed to', () => {
  it('"The memo, seen by the Guardian, says S" after "according to an internal memo"', async () => {
    const text =
      'The rail agency plans to close six rural stations next year, according to an internal memo. ' +
      'The memo, seen by the Guardian, says the closures would save about $40 million a year and that buses would replace the trains.';
    const claim = await claimWith(text, '$40 million');
    expect(claim?.claimants).toHaveLength(1);
    expect(claim!.claimants[0]).toMatch(/memo/i);
    expect(claim!.via).toEqual(['The Guardian']);
  });
});
