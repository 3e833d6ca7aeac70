/**
 * "agreed to <act>" inside an outlet's report is the outlet's own claim (src/ingest/annotation/committed-actions.ts),
 * on real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe("a commitment to act inside an outlet's report", () => {
  it('"The city of Pell Harbor has agreed to pay $4 million …, the WSJ reports": the paper\'s own claim', async () => {
    expect(await claimsWithVia('The city of Pell Harbor has agreed to pay $4 million to end the lawsuit, the WSJ reports.')).toEqual([
      { claimants: ['The Wall Street Journal'], via: [] },
    ]);
  });

  it('"The school district has agreed to pay …, the Wall Street Journal reports": the paper\'s own claim', async () => {
    expect(
      await claimsWithVia('The school district has agreed to pay $4 million to end the lawsuit, the Wall Street Journal reports.'),
    ).toEqual([{ claimants: ['The Wall Street Journal'], via: [] }]);
  });

  it('"agreed that S" stays the speaker\'s stance, through the outlet', async () => {
    expect(await claimsWithVia('The mayor agreed that the old bridge was unsafe, the Tribune reports.')).toEqual([
      { claimants: ['mayor'], via: ['Tribune'] },
    ]);
  });
});
