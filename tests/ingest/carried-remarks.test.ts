/**
 * "…, according to remarks carried by the AP": the outlet that carried the remarks is the "according
 * to" report's source (src/ingest/attribution/sources/document-authors.ts), so it carries the speaker's
 * claim. Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('remarks an outlet carried', () => {
  it('credits "according to remarks carried by the AP"', async () => {
    expect(await claimsWithVia('Governor Pavel Orlik said the dam would hold, according to remarks carried by the AP.')).toEqual([
      { claimants: ['Pavel Orlik'], via: ['Associated Press'] },
    ]);
  });
});
