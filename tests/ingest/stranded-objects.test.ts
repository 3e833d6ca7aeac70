/**
 * A cue whose object is the reported clause's subject, with the clause's predicate hung on the cue as a
 * subjectless sibling, reads the object through the end of the clause (boundaries/stranded-objects.ts),
 * on real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

describe('objects stranded before a predicate the parser hung on the cue', () => {
  it.each([
    ['Mayor Ines Varga said the bridge was never safe.', 'say', 'Ines Varga', 'the bridge was never safe'],
    ['Dr. Okafor thinks the clinic should be the first to reopen.', 'think', 'Okafor', 'the clinic should be the first to reopen'],
  ])('%s', async (text, lemma, speaker, content) => {
    const found = await parsedAttributions(text);
    const a = found.find((x) => x.cue.lemma === lemma);
    expect(a, shownReadings(text, found)).toBeDefined();
    expect(a!.claimants[0].name).toBe(speaker);
    expect(contentText(text, a!)).toBe(content);
  });
});
