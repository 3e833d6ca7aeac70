/**
 * A finite cue the parser made the reported clause's clausal subject, with that clause's subject as
 * the cue's object, reads the object through the end of the clause (boundaries/upside-down-objects.ts),
 * on real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

async function reading(text: string, lemma: string) {
  const found = await parsedAttributions(text);
  return { found, a: found.find((x) => x.cue.lemma === lemma) };
}

describe('cues parsed as the clausal subject of what they report', () => {
  it.each([
    ['Investigators say the payments were never declared.', 'say', 'Investigators', 'the payments were never declared'],
    ['Activists fear the toll is far higher.', 'fear', 'Activists', 'the toll is far higher'],
    ['Senator Tomas Halvorsen suggested the audit was behind the delay.', 'suggest', 'Tomas Halvorsen', 'the audit was behind the delay'],
    ['Rear Admiral Kessler conceded the fleet is too small.', 'concede', 'Kessler', 'the fleet is too small'],
  ])('%s', async (text, lemma, speaker, content) => {
    const { found, a } = await reading(text, lemma);
    expect(a, shownReadings(text, found)).toBeDefined();
    expect(a!.claimants[0].name).toBe(speaker);
    expect(contentText(text, a!)).toBe(content);
  });

  it('leaves out the verbs the speaker went on to do', async () => {
    const text = 'Councillor Ana Ruiz insists the harbor tax is a mistake and has voted against it twice.';
    const { found, a } = await reading(text, 'insist');
    expect(a, shownReadings(text, found)).toBeDefined();
    expect(contentText(text, a!)).toBe('the harbor tax is a mistake');
  });

  it('leaves a closing credit the parser hung inside the clause out of the content', async () => {
    // "the BBC reports" is parsed as a plural noun, the object of "set".
    const text = 'Investigators believe the fire was set on purpose, the BBC reports.';
    const { found, a } = await reading(text, 'believe');
    expect(a, shownReadings(text, found)).toBeDefined();
    expect(contentText(text, a!)).toBe('the fire was set on purpose');
  });
});
