/**
 * "Asked about X on Thursday, Y said S": the day closing an opening question the parser hangs on its
 * topic (src/ingest/annotation/asked-topic-days.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('a day closing the opening question', () => {
  it('"Asked about the ferry strike on Thursday, X said S": the day asked', async () => {
    expect(await saidOnDates('Asked about the ferry strike on Thursday, Mayor Ola Brandt said the boats would sail again.')).toEqual([
      '2023-03-02',
    ]);
    // and none for the strike's own day
    expect(await saidOnDates("Asked about Thursday's ferry strike, Mayor Ola Brandt said the boats would sail again.")).toEqual([
      undefined,
    ]);
  });
});
