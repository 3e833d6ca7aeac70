/**
 * A full name that reported a plain fact is the outlet a later credit under its last word shows
 * (src/ingest/entities/reported-short-names.ts), on real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

const TEXT =
  'The village board in Pell Lake voted 3-2 Wednesday to allow backyard chickens, the Hartford Courant reports. ' +
  '"They will eat every tomato in my garden," said neighbor Hollis Crane, the Courant reports. ' +
  'Owners will need a $25 permit, the paper reports.';

describe('a full name and the short name a later credit uses', () => {
  it("the vote is the paper's own claim, with no via", async () => {
    expect(await claimWith(TEXT, 'backyard chickens')).toEqual({ claimants: ['Hartford Courant'], via: [] });
  });

  it('the neighbor speaks through the same outlet', async () => {
    expect(await claimWith(TEXT, 'every tomato')).toEqual({ claimants: ['Hollis Crane'], via: ['Hartford Courant'] });
  });

  it('"the paper" names it', async () => {
    expect(await claimWith(TEXT, '$25 permit')).toEqual({ claimants: ['Hartford Courant'], via: [] });
  });
});
