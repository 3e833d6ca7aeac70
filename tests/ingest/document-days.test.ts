/**
 * Court papers, reports and memos carry their day as a statement does, and a news conference the
 * speaker told (src/ingest/annotation/said-on.ts OCCASIONS, cueDateSpan). Real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('a document named by its day dates what it says', () => {
  it('"In a Friday filing, prosecutors say S"', async () => {
    expect(await saidOnDates('In a Friday filing, prosecutors say the contractor Ilan Brevik billed the county twice.')).toEqual([
      '2023-03-03',
    ]);
  });

  it('"X said in a Wednesday filing that S"', async () => {
    expect(await saidOnDates('The county attorneys said in a Wednesday filing that Brevik had left the state.')).toEqual(['2023-03-01']);
  });
});

describe('a news conference the speaker told', () => {
  it('"X told a Tuesday news conference that S"', async () => {
    expect(await saidOnDates('Harbor master Nell Ostrow told a Tuesday news conference that the channel would stay shut.')).toEqual([
      '2023-02-28',
    ]);
  });
});

describe('an occasion sent on a day', () => {
  it('"X, in a letter sent Friday to staff, said S": the tagger makes the day the participle\'s object', async () => {
    expect(await saidOnDates('Dean Ruth Amsel, in a letter sent Friday to staff, said the library would close.')).toEqual(['2023-03-03']);
  });
});
