/**
 * A saying dated by a holiday ("told reporters on Christmas Eve": src/ingest/annotation/holiday-days.ts)
 * or by nothing finer than a month or a year ("said last month", "said in May", "In a 2019 speech":
 * src/ingest/annotation/month-year-dates.ts; a month or year date is the first day of it). A holiday,
 * month or year that dates what was said about, not the saying, dates nothing. Real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';
import { saidOnDates } from '../support/said-on-dates.ts';

/** Tuesday, 2022-12-27: Christmas Eve was the Saturday before. */
const AFTER_CHRISTMAS = '2022-12-27T10:00:00-05:00';

describe('a holiday dates the saying', () => {
  it('"told reporters on Christmas Eve that S"', async () => {
    expect(
      await saidOnDates(
        'Gov. Walter Brennan told reporters on Christmas Eve that the state was opening warming centers in 12 counties.',
        AFTER_CHRISTMAS,
      ),
    ).toEqual(['2022-12-24']);
  });

  it('"Officials on Christmas Day said S": the day is no part of the speaker', async () => {
    const claims = await namedClaims('Officials on Christmas Day said crews from four states had been called in to help.', AFTER_CHRISTMAS);
    expect(claims.map((c) => [c.claimants, c.saidOn])).toEqual([[['Officials'], '2022-12-25']]);
  });

  it('"said on New Year\'s Eve" counted back into the year before', async () => {
    expect(
      await saidOnDates("The mayor said on New Year's Eve that the city would hire 200 more officers.", '2023-01-03T09:00:00-05:00'),
    ).toEqual(['2022-12-31']);
  });

  it('"said on Thanksgiving" is the fourth Thursday of November', async () => {
    expect(
      await saidOnDates(
        'The retail federation said on Thanksgiving that it expected a record 166 million shoppers.',
        '2022-11-25T09:00:00-05:00',
      ),
    ).toEqual(['2022-11-24']);
  });

  it('stays undated when the holiday is the day of what was said about', async () => {
    expect(await saidOnDates('The plant closed on Christmas Eve, the company said.', AFTER_CHRISTMAS)).toEqual([undefined]);
  });
});

describe('a month or a year is all the text gives', () => {
  it('"said last month that S" is the month before publication', async () => {
    expect(await saidOnDates('The state siting board said last month that it had approved the route after three public meetings.')).toEqual(
      ['2023-02-01'],
    );
  });

  it('"said in May that S"', async () => {
    expect(
      await saidOnDates('Mayor Nora Castillo said in May that the city would ban personal fireworks.', '2023-07-06T09:00:00-06:00'),
    ).toEqual(['2023-05-01']);
  });

  it('"In a 2019 speech, X said S"', async () => {
    expect(await saidOnDates("In a 2019 speech, Ortega said the state's wage should track inflation.")).toEqual(['2019-01-01']);
  });

  it('stays undated when the month or year belongs to what was said', async () => {
    expect(await saidOnDates('A fire destroyed two homes in May, officials said.', '2023-07-06T09:00:00-06:00')).toEqual([undefined]);
    expect(await saidOnDates("The council said last year's flood cost the town $3 million.")).toEqual([undefined]);
  });
});
