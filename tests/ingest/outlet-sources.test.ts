/**
 * Unnamed sources an outlet has speak through it: "CNN's sources say S" and "a CNN source says S" have CNN as via
 * (src/ingest/annotation/outlet-sources.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith, claimsWithVia } from '../support/named-claims.ts';

describe("an outlet's own sources", () => {
  it('give the outlet as via ("CNN\'s sources say S")', async () => {
    expect(await claimsWithVia("CNN's sources say the merger talks have stalled.")).toEqual([
      { claimants: ["CNN's sources"], via: ['CNN'] },
    ]);
  });

  it('do not make a body that has sources an outlet ("the ministry\'s sources")', async () => {
    expect(await claimsWithVia("The ministry's sources say the merger talks have stalled.")).toEqual([
      { claimants: ["ministry's sources"], via: [] },
    ]);
  });

  it('give the outlet named before the source noun as via ("a CNN source says"), not a body named there ("a Pentagon source")', async () => {
    const lead = 'Talk-show host Dale Brenner is close to signing a new contract,';
    const viaOf = async (source: string) => (await claimWith(`${lead} ${source} says.`, 'contract'))?.via;
    expect(await viaOf('a CNN source')).toEqual(['CNN']);
    expect(await viaOf('a Pentagon source')).toEqual([]);
  });
});
