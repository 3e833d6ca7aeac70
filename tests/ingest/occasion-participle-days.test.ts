/**
 * Days the parser hangs away from the occasion that carries them (src/ingest/annotation/
 * occasion-participle-days.ts, month-day-spans.ts, and dateOn's adjectives in said-on.ts). Real CoreNLP
 * parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe("an occasion's day the parser hangs elsewhere", () => {
  it('"said in a statement posted online Saturday that S": Saturday', async () => {
    expect(await saidOnDates('The Orlin council said in a statement posted online Saturday that the pier was closed.')).toEqual([
      '2023-03-04',
    ]);
  });

  it('"X, in a Feb. 9 letter to the board, wrote that S": February 9', async () => {
    expect(await saidOnDates('Councilor Ada Prell, in a Feb. 9 letter to the board, wrote that the bridge would reopen.')).toEqual([
      '2023-02-09',
    ]);
  });

  it('"Speaking Wednesday, X said S": Wednesday', async () => {
    expect(await saidOnDates('Speaking Wednesday, Councilor Ada Prell said the bridge would reopen.')).toEqual(['2023-03-01']);
  });
});
