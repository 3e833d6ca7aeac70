/**
 * A paragraph's lead before the piece its teller wrote for an outlet (annotation/written-pieces.ts):
 * "X says S1. In an op-ed for the Boston Globe, X argues S2." gives S1 the Globe too, as the lead
 * before an interview takes its outlet. Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe("a lead before the teller's op-ed or column", () => {
  it('"X says S1. In an op-ed for the Globe, X argues S2.": both through the Globe', async () => {
    const text =
      'Former Mayor Alma Ruiz says the city has stopped listening to its renters. In an op-ed for the Boston Globe, Ruiz argues that the council cares more about developers than tenants.';
    expect(await claimsWithVia(text)).toEqual([
      { claimants: ['Alma Ruiz'], via: ['Boston Globe'] },
      { claimants: ['Alma Ruiz'], via: ['Boston Globe'] },
    ]);
  });

  it('"X writes in a column for the Globe S2" after a lead: the lead through the Globe', async () => {
    const text =
      'Coach Dana Pike says youth leagues have become too expensive. Pike writes in a column for the Denver Post that fees have doubled since 2015.';
    expect(await claimsWithVia(text)).toEqual([
      { claimants: ['Dana Pike'], via: ['Denver Post'] },
      { claimants: ['Dana Pike'], via: ['Denver Post'] },
    ]);
  });

  it('a lead said in a statement of its own keeps no outlet', async () => {
    const text =
      'Former Mayor Alma Ruiz said in a statement that the city has stopped listening. In an op-ed for the Boston Globe, Ruiz argues that the council cares more about developers than tenants.';
    expect((await claimsWithVia(text)).map((c) => c.via)).toEqual([[], ['Boston Globe']]);
  });
});
