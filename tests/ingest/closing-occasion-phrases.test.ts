/**
 * A speaker's clause closing a sentence still reads when the saying's way or place follows its verb
 * ("…, the company said Thursday in a filing.") and the parser gave the verb no clause of its own
 * (src/ingest/attribution/credits/closing-occasion-phrases.ts), on real CoreNLP parses of sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a closing clause ending on how the saying was made', () => {
  it('reads "the company said Thursday in a filing"', async () => {
    const text = 'Fernway Foods will cut 900 jobs, or about a fifth of its workforce, the company said Thursday in a filing.';
    expect(await namedContents(text)).toEqual([[['Fernway Foods'], 'Fernway Foods will cut 900 jobs, or about a fifth of its workforce']]);
  });

  it('reads "investigators said Friday in a report"', async () => {
    const text = "Two of the four engines had failed, or half of the plane's thrust, investigators said Friday in a report.";
    expect(await namedContents(text)).toEqual([[['investigators'], "Two of the four engines had failed, or half of the plane's thrust"]]);
  });

  it('reads "prison officials said late Sunday in a statement"', async () => {
    const text = 'Three guards were hurt in the riot, or nearly half of the night shift, prison officials said late Sunday in a statement.';
    expect(await namedContents(text)).toEqual([
      [['prison officials'], 'Three guards were hurt in the riot, or nearly half of the night shift'],
    ]);
  });

  it("keeps the trees' reading where the parser gave the verb its clause", async () => {
    const text = 'The bridge will stay closed until June, the county said on Friday at a briefing.';
    expect(await namedContents(text)).toEqual([[['the county'], 'The bridge will stay closed until June']]);
  });
});
