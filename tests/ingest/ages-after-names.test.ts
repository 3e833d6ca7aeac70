/**
 * "MacInnes, 58, told the station": a number set off by commas after a proper name is the speaker's
 * age, no part of the name, so an untagged surname still finds the person named in full before
 * (src/ingest/attribution/sources/source-phrases.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('an age after a name', () => {
  it('gives "MacInnes, 58, told the station" to the person named before', async () => {
    const claims = await claimsWithVia(
      'Islay pilot Ruaridh MacInnes steered the boat home. "We nearly turned back twice," MacInnes, 58, told the station.',
    );
    expect(claims.map((c) => c.claimants)).toEqual([['Ruaridh MacInnes']]);
  });

  it('leaves the age out of a surname named nowhere before', async () => {
    const claims = await claimsWithVia('"We nearly turned back twice," MacLeods, 58, told the station.');
    expect(claims.map((c) => c.claimants)).toEqual([['MacLeods']]);
  });
});
