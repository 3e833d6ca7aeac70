/**
 * After a named person's interview with an outlet, another person speaking with no listener of their
 * own did not speak through that outlet (src/ingest/annotation/other-interview-speakers.ts). Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('another speaker after a named interviewee', () => {
  it('does not take the interview\'s outlet ("X told Reuters S1. X said S2. Y says S3")', async () => {
    expect(
      await claimsWithVia(
        'The keeper, Anneli Voss, told Reuters that the otter had chewed through a plastic gate. She said it was found asleep in a bakery. The baker, Tomas Brandt, says he thought it was a cat.',
      ),
    ).toEqual([
      { claimants: ['Anneli Voss'], via: ['Reuters'] },
      { claimants: ['Anneli Voss'], via: ['Reuters'] },
      { claimants: ['Tomas Brandt'], via: [] },
    ]);
  });
});
