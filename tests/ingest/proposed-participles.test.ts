/**
 * A participle after a comma that the cue model itself read as the speaker's own cue ("tweeted her
 * congratulations to X, adding S2") ends the first content and reads on its own, though WordNet's first sense of
 * the verb is no saying (src/ingest/attribution/boundaries/joined-speech-verbs.ts), on a real CoreNLP
 * parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

/** Each reading's cue lemma, first claimant and content. */
async function readings(text: string): Promise<Array<[string, string | undefined, string]>> {
  return (await parsedAttributions(text)).map((a) => [a.cue.lemma, a.claimants[0]?.name, contentText(text, a)]);
}

describe('participles the cue model read as the same speaker', () => {
  it('cuts "tweeted X, adding S" before the participle', async () => {
    const text =
      'Governor Ana Ruiz tweeted her congratulations to Mayor Tom Baker, adding "to all the nurses and clerks who gave their weekends to this drive: Onward!"';
    const found = await readings(text);
    expect(found).toContainEqual(['tweet', 'Ana Ruiz', 'her congratulations to Mayor Tom Baker']);
    expect(found.filter(([lemma]) => lemma === 'add').map(([, name]) => name)).toEqual(['Ana Ruiz']);
  });
});
