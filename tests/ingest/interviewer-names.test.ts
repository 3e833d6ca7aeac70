/**
 * An interview given to a name nobody knows (src/ingest/annotation/interviewer-names.ts): "X said in an interview
 * with Runner's World" is through that outlet, not through an earlier speaker's, on real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('an interview with a name no tagger knows', () => {
  it('"said in an interview with Bicycling Weekly": through the magazine', async () => {
    expect(await claimsWithVia('The coach, Tom Reyes, said in an interview with Bicycling Weekly that the race was fair.')).toEqual([
      { claimants: ['Tom Reyes'], via: ['Bicycling Weekly'] },
    ]);
  });

  it('"said in an interview with Runner\'s World": not the agency an earlier speaker told', async () => {
    expect(
      await claimsWithVia(
        'Hurdler Ana Ruiz told the AP she had been tripped. "I never saw her coming," sprinter Lia Moss said in an interview with Runner\'s World.',
      ),
    ).toEqual([
      { claimants: ['Ana Ruiz'], via: ['Associated Press'] },
      { claimants: ['Lia Moss'], via: ["Runner's World"] },
    ]);
  });

  it('an interview with a person names no outlet', async () => {
    expect(await claimsWithVia('The coach, Tom Reyes, said in an interview with Oprah Winfrey that the race was fair.')).toEqual([
      { claimants: ['Tom Reyes'], via: [] },
    ]);
  });
});
