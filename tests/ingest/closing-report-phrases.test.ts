/**
 * ", in a report by the Times" closing a claim, hung by the parser inside what was said: the outlet is
 * the claim's via (src/ingest/annotation/closing-report-phrases.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

describe('a closing "in a report by" phrase', () => {
  it('credits "S, in a report by the Times"', async () => {
    const claims = await namedClaims('A senior aide said the senator would resign, in a report by the Times.');
    expect(claims.map((c) => ({ claimants: c.claimants, via: c.via }))).toEqual([
      { claimants: ['senior aide'], via: ['The New York Times'] },
    ]);
  });
});
