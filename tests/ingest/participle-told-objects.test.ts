/**
 * "X told Reuters the camera stored video only briefly": without "that", the parser may read the told
 * clause as one long object, its verb a participle (`amod`) after the clause's subject noun; it is read
 * back as a telling (boundaries/told-clauses.ts), off a real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

describe('a told clause the parser read as an object', () => {
  it('is the speaker’s telling', async () => {
    const text = 'A store manager told Reuters the camera stored video only briefly.';
    const found = await parsedAttributions(text);
    const claim = found.find((a) => contentText(text, a).includes('the camera stored video only briefly'));
    expect(claim, shownReadings(text, found)).toBeDefined();
    expect(claim!.claimants.map((c) => c.name)).toEqual(['A store manager']);
  });
});
