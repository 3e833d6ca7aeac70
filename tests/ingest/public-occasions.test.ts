/**
 * A claim made at a news conference is not carried by the outlet whose report the passage retells
 * (src/ingest/annotation/public-occasions.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('a claim made at a news conference', () => {
  it('after "…, the AP reports" keeps no via', async () => {
    expect(
      await claimWith(
        'A missing fisherman has been found alive on a reef near Port Tamsin, the AP reports. Coast guard captain Rolf Endry told a news conference that the man had drunk rainwater.',
        'rainwater',
      ),
    ).toEqual({ claimants: ['Rolf Endry'], via: [] });
  });
});
