/**
 * "Time will tell" and "all told" tell nothing (src/ingest/attribution/filters/tell-idioms.ts), on
 * real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

async function readings(text: string): Promise<Array<[string, string]>> {
  return (await parsedAttributions(text)).map((a) => [a.cue.lemma, contentText(text, a)]);
}

describe('"time will tell" and "all told"', () => {
  it('reads no claim', async () => {
    for (const text of [
      'Only time will tell if the harbor levy passes.',
      'Time will tell whether Ruel was right.',
      'All told, the county spent 40 million dollars on the harbor.',
    ]) {
      expect(await readings(text), text).toEqual([]);
    }
  });

  it('keeps a teller with a listener', async () => {
    const text = 'The mayor told reporters on Monday that the levy would pass.';
    expect((await readings(text)).map(([cue]) => cue)).toContain('tell');
  });
});
