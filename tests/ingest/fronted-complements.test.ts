/**
 * A fronted phrase or clause the parser hung on the cue as a complement, beside the complement right
 * after the cue, is none of what the cue reports (src/ingest/attribution/frames/fronted-complements.ts),
 * on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a fronted complement beside the one after the cue', () => {
  it('leaves a fronted comparison out of the speaker’s words', async () => {
    const text = 'Like many farmers who expect a dry summer, Mr. Brandt said he was digging a new well behind the barn.';
    expect(await namedContents(text)).toEqual([[['Brandt'], 'he was digging a new well behind the barn']]);
  });

  it('leaves a fronted concession out of the speaker’s words', async () => {
    const text = 'While Hale said there was plain evidence that the clerk was careless, he said there was no case for charging her.';
    expect(await namedContents(text)).toEqual([
      [['Hale'], 'there was plain evidence that the clerk was careless'],
      [['Hale'], 'there was no case for charging her'],
    ]);
  });
});
