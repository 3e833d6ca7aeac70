/**
 * "X took to Twitter to call S": the parser made the platform the infinitive's subject; the one who
 * speaks is the subject of "took" (frames/platform-takers.ts), read off real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

describe('a speaker who took to a platform to say something', () => {
  it('gives "took to Twitter to call the ruling S" to the one who took to Twitter', async () => {
    const text = 'Rep. Will Carden took to Twitter to call the ruling "judicial activism at its worst."';
    const found = await parsedAttributions(text);
    const claim = found.find((a) => contentText(text, a, ' | ').includes('judicial activism'));
    expect(claim, shownReadings(text, found)).toBeDefined();
    expect(claim!.claimants[0].name).toBe('Will Carden');
  });
});
