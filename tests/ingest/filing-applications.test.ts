/**
 * "filed for divorce", "applied for a permit": asking for something is no claim
 * (attribution/filters/applications.ts), on real CoreNLP parses of sentences written for this test,
 * while a filing that alleges still reports.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('filing or applying for something', () => {
  it.each([
    'The baker, Oona Stahl, filed for divorce in March.',
    'Her brother, Tomas Vik, filed for bankruptcy last spring.',
    'The brewery applied for a permit to expand its patio.',
  ])('reads no claim in "%s"', async (text) => {
    expect(await namedContents(text)).toEqual([]);
  });

  it('still reads a complaint filed with a claim', async () => {
    const text = 'Stahl filed a complaint alleging that her landlord had changed the locks.';
    expect((await namedContents(text)).map(([names]) => names)).toEqual([['Stahl']]);
  });
});
