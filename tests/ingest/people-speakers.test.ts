/**
 * A plural noun for people that PolNeAR train never made a source of speaks when its verb is one of
 * saying (src/ingest/attribution/sources/people-speakers.ts), on real CoreNLP parses of sentences
 * written for this test: before, "commuters" or "campers" could not be a source and the claim was
 * dropped; with another verb they still are no source.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a plural noun for people with a verb of saying', () => {
  it('speaks when it says', async () => {
    const text = 'Campers stranded near the flooded trailhead said they had run out of drinking water by Sunday.';
    expect(await claimantsOf(text, 'they had run out of drinking water')).toEqual(['Campers']);
  });

  it('does not speak with another verb', async () => {
    const text = 'Campers stranded near the flooded trailhead passed around maps of the old logging roads.';
    expect(await claimantsOf(text, 'maps of the old logging roads')).toBeUndefined();
  });
});
