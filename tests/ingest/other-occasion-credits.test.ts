/**
 * A claim its own words place on another occasion ("said last year", "in a 2011 interview", "In a
 * statement,") keeps none of an earlier credit: not the speaker's previous outlet, an interview's or an
 * outlet's report passage (src/ingest/annotation/other-occasions.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a claim said on another occasion after an outlet credit', () => {
  it('does not keep the interview\'s outlet ("told CBC News S. She said last year S")', async () => {
    expect(
      await claimsWithVia(
        'Keeper Hilde Varga told CBC News that the lamp would be run from Halifax. She said last year that the radio had failed twice in storms.',
      ),
    ).toEqual([
      { claimants: ['Hilde Varga'], via: ['CBC'] },
      { claimants: ['Hilde Varga'], via: [] },
    ]);
  });

  it('does not keep the speaker\'s previous outlet ("in a 2011 interview")', async () => {
    expect(
      await claimsWithVia(
        '"The cheese needs a year," Joris Meulen told Reuters. Meulen said in a 2011 interview that his father had made a bigger wheel.',
      ),
    ).toEqual([
      { claimants: ['Joris Meulen'], via: ['Reuters'] },
      { claimants: ['Joris Meulen'], via: [] },
    ]);
  });

  it('is not carried by an outlet\'s report ("In a statement, coach Lena Brask said S")', async () => {
    expect(
      await claimsWithVia(
        'The rowing club sold its oldest boat to a museum, the Guardian reports. In a statement, coach Lena Brask said the boat had been leaking for years.',
      ),
    ).toEqual([
      { claimants: ['The Guardian'], via: [] },
      { claimants: ['Lena Brask'], via: [] },
    ]);
  });

  it('keeps the outlet on the same occasion ("told CBC News S. She added S")', async () => {
    expect(
      await claimsWithVia(
        'Keeper Hilde Varga told CBC News that the lamp would be run from Halifax. She added that the fog horn would stay.',
      ),
    ).toEqual([
      { claimants: ['Hilde Varga'], via: ['CBC'] },
      { claimants: ['Hilde Varga'], via: ['CBC'] },
    ]);
  });
});
