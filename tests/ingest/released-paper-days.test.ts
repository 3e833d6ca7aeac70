/**
 * "A report released Friday by X says S": the parser roots the sentence at the participle and misreads
 * the cue (src/ingest/annotation/released-paper-days.ts); the paper's day is the saying's. Real CoreNLP
 * parses of sentences written for these tests, posted on a Monday.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('a paper released on a day by a named body dates what the paper says', () => {
  it('"A report released Friday by X says S"', async () => {
    expect(await saidOnDates('A report released Friday by Human Rights Watch says 2 million people face famine.')).toEqual(['2023-03-03']);
  });

  it('"A report issued Wednesday by X says S", "issued" tagged a past tense', async () => {
    expect(await saidOnDates('A report issued Wednesday by the state auditor says the agency lost track of $3 million.')).toEqual([
      '2023-03-01',
    ]);
  });

  it('"A report issued Tuesday by X found that S"', async () => {
    expect(
      await saidOnDates(
        'A separate report issued Tuesday by the Velmont Center for Public Policy found that claimants waited an average of six weeks for payment.',
      ),
    ).toEqual(['2023-02-28']);
  });

  it('stays undated when the paper names no day', async () => {
    expect(await saidOnDates('A report released by Human Rights Watch says 2 million people face famine.')).toEqual([undefined]);
  });
});
