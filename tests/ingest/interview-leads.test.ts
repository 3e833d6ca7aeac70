/**
 * A paragraph's lead before the interview it came from (annotation/interview-leads.ts): "X says S1. X tells
 * the Tribune S2." gives S1 the Tribune too, unless the lead names an occasion of its own or another speaker
 * comes first. Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe("a lead before the teller's interview", () => {
  it('"X says S1. X told the Tribune S2.": both through the Tribune', async () => {
    const text =
      'Ines Morrow says she will close her bakery at the end of the year. Morrow told the Chicago Tribune that her rent had tripled.';
    expect(await claimsWithVia(text)).toEqual([
      { claimants: ['Ines Morrow'], via: ['Chicago Tribune'] },
      { claimants: ['Ines Morrow'], via: ['Chicago Tribune'] },
    ]);
  });

  it('a lead said in a statement of its own keeps no outlet', async () => {
    const text =
      'Ines Morrow said in a statement that she will close her bakery at the end of the year. Morrow told the Chicago Tribune that her rent had tripled.';
    const vias = (await claimsWithVia(text)).map((c) => c.via);
    expect(vias).toEqual([[], ['Chicago Tribune']]);
  });

  it("another speaker before the interview: the lead is not the teller's account", async () => {
    const text =
      'Ines Morrow says she will close her bakery. The landlord says the rent is fair. Morrow told the Chicago Tribune that her rent had tripled.';
    expect((await claimsWithVia(text))[0]).toEqual({ claimants: ['Ines Morrow'], via: [] });
  });
});
