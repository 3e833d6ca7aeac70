/**
 * A claim told to a listener of its own that is no outlet ("told reporters") is not part of an earlier
 * interview's account (src/ingest/annotation/other-listeners.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a claim told to another listener after an interview', () => {
  it('does not take the interview\'s outlet ("… told CNN S. Y told reporters S")', async () => {
    expect(
      await claimsWithVia(
        'Inspector Mark Udall told CNN that at least 1,800 hives were stolen. Detective Irene Pak told reporters the stolen boxes carried an ID number.',
      ),
    ).toEqual([
      { claimants: ['Mark Udall'], via: ['CNN'] },
      { claimants: ['Irene Pak'], via: [] },
    ]);
  });

  it('still takes it when told to the outlet again ("told the network")', async () => {
    expect(
      await claimsWithVia(
        'Inspector Mark Udall told CNN that at least 1,800 hives were stolen. Detective Irene Pak told the network the stolen boxes carried an ID number.',
      ),
    ).toEqual([
      { claimants: ['Mark Udall'], via: ['CNN'] },
      { claimants: ['Irene Pak'], via: ['CNN'] },
    ]);
  });
});
