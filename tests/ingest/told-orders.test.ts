/**
 * "told X to VERB" is an order, no Newser claim (src/ingest/annotation/told-orders.ts); real CoreNLP
 * parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('orders told to a listener', () => {
  it('gives no claim for "told the volunteers to stay off the dunes"', async () => {
    const text = 'The park warden, Ilse Brandvold, told the volunteers to stay off the dunes until the storm passed.';
    expect(await claimsWithVia(text)).toEqual([]);
  });

  it('keeps the claim of "told the volunteers that S"', async () => {
    const text = 'The park warden, Ilse Brandvold, told the volunteers that the dunes had shifted in the storm.';
    expect(await claimsWithVia(text)).toEqual([{ claimants: ['Ilse Brandvold'], via: [] }]);
  });
});
