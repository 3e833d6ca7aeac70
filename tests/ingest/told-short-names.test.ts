/**
 * A reporting name told a claim later under its last word ("the Bee" after "the Fresno Bee reports") is
 * that outlet (src/ingest/entities/told-short-names.ts, src/ingest/annotation/outlet-last-words.ts);
 * real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('an outlet told a claim under the last word of its name', () => {
  it('credits "tells the Clarion" to the Kettering Clarion that reported first', async () => {
    const text =
      'Two ferries collided near the river mouth on Sunday, the Kettering Clarion reports. Captain Ole Brakstad tells the Clarion the crew had left the ship before dawn.';
    expect(await claimsWithVia(text)).toEqual([
      { claimants: ['Kettering Clarion'], via: [] },
      { claimants: ['Ole Brakstad'], via: ['Kettering Clarion'] },
    ]);
  });

  it("leaves a listener named by a body's last word alone", async () => {
    const text =
      'Two ferries collided near the river mouth, the Kettering Clarion reports. Captain Ole Brakstad told the Board the crew had left the ship.';
    expect((await claimsWithVia(text)).find((c) => c.claimants.includes('Ole Brakstad'))?.via).toEqual([]);
  });
});
