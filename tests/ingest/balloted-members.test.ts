/**
 * A ballot put to a body's members says nothing (src/ingest/attribution/filters/balloted-members.ts),
 * on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { cueReadings } from '../support/parsed-attributions.ts';

describe('a ballot of members', () => {
  it('reads no claim in a ballot put to members', async () => {
    for (const text of [
      'The dockworkers union balloted its 3,000 members over three weeks.',
      'The hospital porters union balloted its members over the summer.',
    ]) {
      expect(
        (await cueReadings(text)).filter((c) => /^(ballot|poll)/.test(c)),
        text,
      ).toEqual([]);
    }
  });

  it('keeps what the ballot found', async () => {
    const text = 'The dockworkers union balloted its members and found that nine in ten would back a strike.';
    expect(
      (await cueReadings(text)).some((c) => c.includes('nine in ten would back a strike')),
      text,
    ).toBe(true);
  });
});
