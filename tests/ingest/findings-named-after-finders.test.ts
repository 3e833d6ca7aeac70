/**
 * A finding named after whoever made it: "A Tidewater Ledger investigation found S" is the Ledger's
 * claim, though the product has never heard of the Ledger; "An analysis by the Financial Times found S"
 * is the Financial Times', its article left out (src/ingest/entities/outlet-work-phrases.ts). Real
 * CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a finding named after its finder', () => {
  it('gives "A Tidewater Ledger investigation found S" to the Ledger', async () => {
    expect(await claimsWithVia('A Tidewater Ledger investigation found that the county had ignored six flood warnings.')).toEqual([
      { claimants: ['Tidewater Ledger'], via: [] },
    ]);
  });

  it('gives "An analysis by the Financial Times found S" to the Financial Times', async () => {
    expect(await claimsWithVia('An analysis by the Financial Times found that container rates on the route had tripled.')).toEqual([
      { claimants: ['Financial Times'], via: [] },
    ]);
  });
});
