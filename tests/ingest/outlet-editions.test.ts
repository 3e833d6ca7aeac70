/**
 * An outlet's regional edition ("BBC Scotland reports") is one outlet, not the network and a place
 * (src/ingest/entities/outlet-editions.ts); "told CNN Russia was …" stays the network and a place.
 * Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';
import { entityTypes } from '../support/entity-types.ts';

describe('an outlet and the place of its edition', () => {
  it('"BBC Scotland reports" credits BBC Scotland, and "told the broadcaster" goes through it', async () => {
    const text =
      'A ferry carrying 200 passengers ran aground off Anglesey on Sunday, BBC Scotland reports. Captain Ewan Hughes told the broadcaster the tide had turned faster than expected.';
    const claims = await namedClaims(text);
    expect(claims.find((c) => c.evidence.includes('ran aground'))?.claimants).toEqual(['BBC Scotland']);
    expect(claims.find((c) => c.evidence.includes('tide'))?.via).toEqual(['BBC Scotland']);
    expect(await entityTypes(text)).toMatchObject({ 'BBC Scotland': 'Organization' });
  });

  it('"told CNN Russia was …" is CNN listening and Russia in the reported clause', async () => {
    const claims = await namedClaims('Foreign Minister Irina Bohdan told CNN Russia was moving troops toward the border.');
    expect(claims.map((c) => ({ claimants: c.claimants, via: c.via }))).toEqual([{ claimants: ['Irina Bohdan'], via: ['CNN'] }]);
  });
});
