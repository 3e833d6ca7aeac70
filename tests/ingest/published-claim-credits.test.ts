/**
 * A credit closing a later sentence ("…, according to the BBC.") does not reach back to a claim that
 * says where it was published: a post through the speaker's own channel, or a document put out
 * (src/ingest/annotation/published-claims.ts). A one-line summary has no paragraph break to stop it.
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a later sentence credit and a claim that was published', () => {
  it('leaves "the library posted on Facebook that S" without the next sentence\'s outlet', async () => {
    const claims = await claimsWithVia(
      'On Sunday, the Varsk city library posted on Facebook that its reading room would close for a year. Mayor Ilse Varga called the closure "a loss for every family," according to the BBC.',
    );
    expect(claims).toContainEqual({ claimants: ['Varsk city library'], via: [] });
    expect(claims).toContainEqual({ claimants: ['Ilse Varga'], via: ['BBC'] });
  });

  it('leaves "A county survey released Monday says S" without the next sentence\'s outlet', async () => {
    const claims = await claimsWithVia(
      'A county survey released Monday says half the wells in Oldmere have run dry. Farmers, asked how long they could wait, said they were hauling water by truck, per KETV.',
    );
    expect(claims.filter((c) => c.claimants[0] !== 'Farmers').map((c) => c.via)).toEqual([[]]);
    expect(claims).toContainEqual({ claimants: ['Farmers'], via: ['KETV'] });
  });

  it('still credits an earlier sentence that names no place it was published', async () => {
    const claims = await claimsWithVia('The ministry said the dam would hold. It added that engineers were on the way, the BBC reports.');
    expect(claims.map((c) => c.via)).toEqual([['BBC'], ['BBC']]);
  });
});
