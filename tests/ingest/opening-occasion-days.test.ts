/**
 * The day of an occasion opening the sentence with a clause of its own
 * (src/ingest/annotation/opening-occasion-days.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe("an opening occasion's own clause's day", () => {
  it('"In a memo she sent Tuesday, the dean warned that S": Tuesday', async () => {
    expect(await saidOnDates('In a memo she sent Tuesday, the Kessel College provost warned that dorm fees would double.')).toEqual([
      '2023-02-28',
    ]);
  });

  it('"In a statement it issued Friday, the company said S": Friday', async () => {
    expect(await saidOnDates('In a statement it issued Friday, the Varn Ferry Co. said the crossing would stay shut.')).toEqual([
      '2023-03-03',
    ]);
  });
  it('"In his testimony, released Wednesday, X said S": the set-off participle\'s day', async () => {
    expect(await saidOnDates('In his written testimony, released Wednesday, Warden Piet Oduya said the jail needed more guards.')).toEqual([
      '2023-03-01',
    ]);
    expect(await saidOnDates('In the report, released Friday, the Orlin water board said the wells were clean.')).toEqual(['2023-03-03']);
  });

  it('"In a speech, delivered Sunday, X said S" (tagged a past tense) and "In a report, published Friday, X said S"', async () => {
    expect(await saidOnDates('In a speech, delivered Sunday, Senator Holt Aranda said the farm bill was dead.')).toEqual(['2023-03-05']);
    expect(await saidOnDates('In a report, published Friday, the Marlow health agency said the tap water was safe.')).toEqual([
      '2023-03-03',
    ]);
  });
});
