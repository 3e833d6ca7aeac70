/**
 * A passive cue whose "by" agent the parser hung on the predicate or object after the cue speaks for
 * that agent (frames/stranded-agents.ts), on real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

describe('passive cues whose agent the parser hung one word lower', () => {
  it.each([
    ['Lina Obert was declared the winner by the Dravia election board.', 'declare', 'Dravia election board'],
    ['The new stadium has been declared a failure by most residents.', 'declare', 'most residents'],
  ])('%s', async (text, lemma, speaker) => {
    const found = await parsedAttributions(text);
    const a = found.find((x) => x.cue.lemma === lemma);
    expect(a, shownReadings(text, found)).toBeDefined();
    expect(a!.claimants[0].name).toContain(speaker);
    expect(contentText(text, a!)).not.toContain(speaker);
  });
});
