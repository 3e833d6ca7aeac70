/**
 * A speaker's verb of saying hung by the parser inside the content of a first cue that is no verb of
 * saying but one the model weighs well ("blasted X during a meeting, calling her S") reads on its own
 * (src/ingest/attribution/boundaries/joined-speech-verbs.ts), on a real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

/** Each reading's cue lemma, first claimant and content. */
async function readings(text: string): Promise<Array<[string, string | undefined, string]>> {
  return (await parsedAttributions(text)).map((a) => [a.cue.lemma, a.claimants[0]?.name, contentText(text, a)]);
}

describe('joined cue verbs', () => {
  it('cuts "blasted X during a meeting, calling her S" into two readings of one speaker', async () => {
    const text =
      'Mayor Tom Reyes blasted the county auditor during a city council meeting, calling her a "sloppy, sloppy accountant," and then wrote online that she was "Pathetic!"';
    const found = await readings(text);
    expect(found).toContainEqual(['blast', 'Tom Reyes', 'the county auditor during a city council meeting']);
    expect(found).toContainEqual(['call', 'Tom Reyes', 'her a "sloppy, sloppy accountant']);
  });
});
