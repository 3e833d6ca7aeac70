/**
 * An "according to" phrase closing a sentence whose first part holds another speaker's own attribution
 * reports only the clause after it, and the other speaker's reading stands beside the report
 * (src/ingest/attribution/boundaries/according-inner-speakers.ts), on real CoreNLP parses of sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a closing "according to" after another speaker\'s clause', () => {
  it('reports only the conjunct after the comma', async () => {
    const text =
      'Governor Lena Ortiz has praised the flood crews, and won nearly half of the rural vote in the spring, according to county records.';
    expect(await namedContents(text)).toEqual([
      [['Lena Ortiz'], 'the flood crews'],
      [['county records'], 'won nearly half of the rural vote in the spring'],
    ]);
  });

  it('reports only the main clause after a fronted clause', async () => {
    const text =
      'When Governor Lena Ortiz announced her run last winter, the council was already split on the levy, according to two aides.';
    expect(await namedContents(text)).toEqual([
      [['Lena Ortiz'], 'her run'],
      [['two aides'], 'the council was already split on the levy'],
    ]);
  });

  it("reports only the relative clause after the other speaker's content", async () => {
    const text =
      'The Harbor Party announced on Monday that it had hired the former mayor Tom Reyes, who had run the port authority for a decade, according to the Coastal Ledger.';
    expect(await namedContents(text)).toEqual([
      [['Harbor Party'], 'that it had hired the former mayor Tom Reyes'],
      [['the Coastal Ledger'], 'who had run the port authority for a decade'],
    ]);
  });

  it("keeps a survey's count of respondents inside the survey's report", async () => {
    const text =
      "Nearly two in three say they would pay more for local bread, but such loaves are often hard to find, according to the bakers' survey.";
    expect(await namedContents(text)).toEqual([
      [["the bakers' survey"], 'Nearly two in three say they would pay more for local bread, but such loaves are often hard to find'],
    ]);
  });
});
