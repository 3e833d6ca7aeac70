/**
 * A relative clause with another speaker as its own subject stands beside the reading it sits in
 * (src/ingest/attribution/filters/relative-speakers.ts), on a real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions } from '../support/parsed-attributions.ts';

/** Each reading's cue lemma, first claimant and content, on a real parse. */
async function readings(text: string): Promise<Array<[string, string | undefined, string]>> {
  return (await parsedAttributions(text)).map((a) => [a.cue.lemma, a.claimants[0]?.name, contentText(text, a, ' | ')]);
}

describe('relative speakers', () => {
  it("keeps 'called' beside 'criticized' ('X criticized the budget, which Y called S2'), and the first content ends at the comma", async () => {
    const text = 'Senator Ann Porter criticized the new budget, which Mayor Tom Baker called a fair compromise.';
    expect(await readings(text)).toEqual([
      ['criticize', 'Ann Porter', 'the new budget'],
      ['call', 'Tom Baker', 'a fair compromise'],
    ]);
  });

  it("keeps the speaker's own relative clause too ('X criticized the budget, which she called S2')", async () => {
    const text = 'Senator Ann Porter criticized the new budget, which she called a costly mistake.';
    expect(await readings(text)).toEqual([
      ['criticize', 'Ann Porter', 'the new budget'],
      ['call', 'Ann Porter', 'a costly mistake'],
    ]);
  });
});
