/**
 * The day of an occasion told in the sentence before the saying (src/ingest/annotation/occasion-sentence-days.ts).
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('an occasion in the sentence before dates the saying', () => {
  it('"On Friday, X issued a statement. The statement said S"', async () => {
    // the issuing (an act, dated at main too) and what the statement said
    expect(await saidOnDates('On Friday, the Orlin water board issued a statement. The statement said the wells were clean.')).toEqual([
      '2023-03-03',
      '2023-03-03',
    ]);
  });

  it('"X gave a speech in P on Saturday. In it, she said S"', async () => {
    expect(await saidOnDates('Mayor Ines Varo gave a speech in Dunmere on Saturday. In it, she said the port would expand.')).toEqual([
      '2023-03-04',
    ]);
  });

  it('"On Sunday, X appeared on a show. She said S"; not the sentence after that', async () => {
    expect(
      await saidOnDates(
        'On Sunday, Ines Varo appeared on the Harbor Hour. She said the port would expand. She added that the tolls would stay.',
      ),
    ).toEqual(['2023-03-05', undefined]);
  });

  it('"X sat down with the Globe on Thursday. She said S": Thursday', async () => {
    expect(await saidOnDates('Councilor Ada Prell sat down with the Globe on Thursday. She said the bridge would reopen.')).toEqual([
      '2023-03-02',
    ]);
  });
});
