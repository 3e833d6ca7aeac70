/**
 * The day of an occasion that stands for the speaker (src/ingest/annotation/occasion-days.ts) and
 * "last night" on the verb (said-on.ts, dates.ts). Real CoreNLP parses of sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('an occasion as the speaker carries the day of the saying', () => {
  it('"Monday\'s statement from X said S"', async () => {
    expect(await saidOnDates("Monday's statement from the Velmont council said the ferry would run again.")).toEqual(['2023-03-06']);
  });

  it('"A Tuesday tweet from X claimed S"', async () => {
    expect(await saidOnDates('A Tuesday tweet from Rep. Ada Brill claimed the count was rigged.')).toEqual(['2023-02-28']);
  });

  it('"according to a statement released Friday by X, S"', async () => {
    expect(await saidOnDates('According to a statement released Friday by the coast guard, the trawler sank with its crew.')).toEqual([
      '2023-03-03',
    ]);
    // and none where the occasion has none
    expect(await saidOnDates('According to a statement from the coast guard, the trawler sank with its crew.')).toEqual([undefined]);
  });
});

describe('a participle the tagger read as a past tense', () => {
  it('"In a video posted Sunday, X said S": the day the video was posted', async () => {
    expect(await saidOnDates('In a video posted Sunday, Councillor Bo Lund said the vote had been fixed.')).toEqual(['2023-03-05']);
  });
});

describe('an op-ed named by its day', () => {
  it('"In a Saturday op-ed in the Ledger, X wrote that S"', async () => {
    expect(await saidOnDates('In a Saturday op-ed in the Velmont Ledger, Councillor Bo Lund wrote that the budget was a sham.')).toEqual([
      '2023-03-04',
    ]);
  });
});

describe('"last night" on the verb', () => {
  it('is the day before publication', async () => {
    expect(await saidOnDates('Police Chief Ivo Marsh said last night that the harbor road had reopened.')).toEqual(['2023-03-05']);
  });
});
