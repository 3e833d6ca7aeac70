/**
 * A columnist's outlet named with "at" or on a fronted "Writing" is the via of the column's claim
 * (src/ingest/annotation/writing-outlets.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe("a writer's outlet", () => {
  it('"Writing at Slate, columnist X argues S"', async () => {
    expect(
      await claimWith('Writing at Slate, columnist Nora Feld argues that the new bus fares punish night-shift workers.', 'bus fares'),
    ).toEqual({ claimants: ['Nora Feld'], via: ['Slate'] });
  });

  it('"Over at Vox, X writes S"', async () => {
    expect(await claimWith('Over at Vox, Hal Brenner writes that the stadium deal hands the team far too much.', 'stadium')).toEqual({
      claimants: ['Hal Brenner'],
      via: ['Vox'],
    });
  });

  it('"Writes X at Slate: …"', async () => {
    expect(await claimWith('Writes Tess Amari at Slate: "The museum has quietly given up on its own collection."', 'museum')).toEqual({
      claimants: ['Tess Amari'],
      via: ['Slate'],
    });
  });
});
