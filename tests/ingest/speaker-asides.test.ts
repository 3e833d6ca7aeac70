/**
 * A speaker's phrase that lists members ("Critics, including economist Paul Ostrow, argue") or adds a
 * reflexive ("Marsh herself believes") names the group or the person, not the aside
 * (src/ingest/attribution/sources/speaker-asides.ts), on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('asides in a speaker phrase', () => {
  it('"Critics, including historian X, argue": the critics speak, and the historian with them', async () => {
    const text = 'Critics, including historian Paul Ostrow, argue that the statue should stay in the square.';
    const claim = await claimWith(text, 'the statue should stay');
    expect(claim?.claimants).toContain('Paul Ostrow');
    expect(claim?.claimants.every((c) => !/including/.test(c))).toBe(true);
  });

  it('"Some farmers, such as dairy owner X, said": no claimant carries "such as"', async () => {
    const text = 'Some farmers, such as dairy owner Beth Lanning, said the drought had cost them their winter feed.';
    const claim = await claimWith(text, 'the drought had cost them');
    expect(claim?.claimants).toContain('Beth Lanning');
    expect(claim?.claimants.every((c) => !/such as/.test(c))).toBe(true);
  });

  it('"Marsh herself believes": the person named in full before, a Person, not a new body', async () => {
    const text = 'Bakery owner Ellen Marsh will close her shop on Friday. Marsh herself believes the shop could reopen in a new spot.';
    const claim = await claimWith(text, 'the shop could reopen');
    expect(claim?.claimants).toEqual(['Ellen Marsh']);
  });

  it('"Marsh herself told the paper": the same person', async () => {
    const text =
      'Bakery owner Ellen Marsh will close her shop on Friday. Marsh herself told the paper that she would look for a smaller space.';
    const claim = await claimWith(text, 'she would look for a smaller space');
    expect(claim?.claimants).toEqual(['Ellen Marsh']);
  });

  it('a plain group without a member list is unchanged', async () => {
    const text = 'Local fishermen said the new quota would put them out of business.';
    const claim = await claimWith(text, 'the new quota');
    expect(claim?.claimants).toHaveLength(1);
    expect(claim?.claimants[0]).toMatch(/fishermen/i);
  });
});
