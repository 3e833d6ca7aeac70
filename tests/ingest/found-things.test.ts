/**
 * "X found a thing, the Gazette reports" is the outlet's own report, which carries the people who speak
 * after it (src/ingest/annotation/found-things.ts). Real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('"found" with a thing as its object', () => {
  it("makes the outlet's report carry the next speaker", async () => {
    expect(
      await claimWith(
        'A Montana rancher found a 30-pound gold nugget in a creek bed, the Billings Gazette reports. Jed Horne said he was looking for a lost calf.',
        'lost calf',
      ),
    ).toEqual({ claimants: ['Jed Horne'], via: ['Billings Gazette'] });
  });
});
