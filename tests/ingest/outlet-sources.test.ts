/**
 * Unnamed sources an outlet has speak through it: "CNN's sources say S" has CNN as via
 * (src/ingest/annotation/outlet-sources.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

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
});
