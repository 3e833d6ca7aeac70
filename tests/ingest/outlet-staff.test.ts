/**
 * An outlet's own reporters are the outlet: "Post reporters found that S" is the Post's own report, which
 * carries the person quoted after it (src/ingest/annotation/outlet-staff.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe("an outlet's reporters", () => {
  it('make the outlet\'s own report ("The Washington Post has the story: Post reporters found that S")', async () => {
    expect(
      await claimsWithVia(
        'The Washington Post has the story: Post reporters found that 120 graduates of a flight school had logged too few hours. Former instructor Leah Dunmore says she was told to sign the logbooks.',
      ),
    ).toEqual([
      { claimants: ['The Washington Post'], via: [] },
      { claimants: ['Leah Dunmore'], via: ['The Washington Post'] },
    ]);
  });
});
