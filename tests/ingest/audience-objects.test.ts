/**
 * The object of address, headline or speak that names a gathering or its audience is no content
 * (src/ingest/attribution/filters/audience-objects.ts), on real CoreNLP parses of sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

async function readings(text: string): Promise<Array<[string, string]>> {
  return (await parsedAttributions(text)).map((a) => [a.cue.lemma, contentText(text, a)]);
}

describe('a gathering as the object of address, headline or speak', () => {
  it('reads no claim in the audience or occasion addressed', async () => {
    for (const text of [
      'Senator Ada Prill addressed a packed rally in Dunmore on Friday night.',
      'Governor Tomas Ruel addressed the students of Harwick College on Monday.',
      'Ruel headlined a fundraiser for the state party in Corville.',
    ]) {
      expect(await readings(text), text).toEqual([]);
    }
  });

  it('keeps an addressed topic', async () => {
    const text = 'Governor Tomas Ruel addressed the issue of school funding at length.';
    expect((await readings(text)).map(([cue]) => cue)).toContain('address');
  });
});
