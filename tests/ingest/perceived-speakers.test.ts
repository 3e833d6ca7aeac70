/**
 * "X can be heard saying S": the speaker is the passive subject of the verb of perceiving the saying
 * hangs on (frames/perceived-speakers.ts), read off real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

describe('a saying heard or seen in a recording', () => {
  it('gives "can be heard saying S" to the one heard', async () => {
    const text = 'In a video posted online, Pastor Lyle Quint can be heard saying the flood was a punishment from God.';
    const found = await parsedAttributions(text);
    const claim = found.find((a) => contentText(text, a, ' | ').includes('the flood was'));
    expect(claim, shownReadings(text, found)).toBeDefined();
    expect(claim!.claimants[0].name).toBe('Lyle Quint');
  });
});
