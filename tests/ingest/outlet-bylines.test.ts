/**
 * A person named after an outlet's possessive works for it: what she reports reaches the reader through
 * that outlet (src/ingest/annotation/outlet-bylines.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe("a reporter named after an outlet's possessive", () => {
  it('reports through the outlet ("Yahoo Sports\' Marisa Ortega reports that S"), and so does what she adds', async () => {
    expect(
      await claimsWithVia(
        "Yahoo Sports' Marisa Ortega reports that the Bay City Owls are shopping their starting catcher. Ortega adds that a deal could come before the weekend.",
      ),
    ).toEqual([
      { claimants: ['Marisa Ortega'], via: ['Yahoo Sports'] },
      { claimants: ['Marisa Ortega'], via: ['Yahoo Sports'] },
    ]);
  });

  it('speaks through the outlet ("CNN\'s Harold Mbeki said S")', async () => {
    expect(await claimsWithVia("CNN's Harold Mbeki said the count in Dorsey County would take at least three more days.")).toEqual([
      { claimants: ['Harold Mbeki'], via: ['CNN'] },
    ]);
  });

  it('leaves the one who talks to the reporter her own speaker ("told CNN\'s Harold Mbeki that S")', async () => {
    expect(await claimsWithVia("Senator Lydia Park told CNN's Harold Mbeki that the farm bill would pass before the recess.")).toEqual([
      { claimants: ['Lydia Park'], via: ['CNN'] },
    ]);
  });
});
