/**
 * A court paper speaks for the cues it is the subject of, as the documents the cue lexicon knows do
 * (sources/court-papers.ts), on real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

describe('court papers as sources', () => {
  it('reads "The order ... did not say S" as the order\'s', async () => {
    const text = 'The order cited no precedent and did not say who had filed the motion.';
    const found = await parsedAttributions(text);
    const a = found.find((x) => x.cue.lemma === 'say');
    expect(a, shownReadings(text, found)).toBeDefined();
    expect(a!.claimants[0].name).toBe('The order');
    expect(contentText(text, a!)).toBe('who had filed the motion');
  });
});
