/**
 * A live blog's entry date and time glued to a headline's speaker ("March 3, 2016 8:14PMLopez Says S"):
 * the speaker is the name after the time (sources/stamped-headlines.ts); on real CoreNLP parses of texts
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames } from '../support/parsed-attributions.ts';

describe('a live blog entry time glued to the headline speaker', () => {
  it('names "Lopez" for "March 3, 2016 8:14PMLopez Says S"', async () => {
    const text = 'Posted March 3, 2016 8:14PMLopez Says The Bridge Over The Harbor Will Have To Wait\nThe mayor spoke in Dayton.';
    const names = (await claimantNames(text)).flat();
    expect(names).toContain('Lopez');
    expect(names.filter((n) => /\d/.test(n))).toEqual([]);
  });
});
