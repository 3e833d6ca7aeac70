/**
 * A day counted from an event written before ("A day after the vote, X said S"):
 * src/ingest/annotation/relative-days.ts. Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('"A day after <event>, X said S" counts from the event\'s day', () => {
  it('"The dam gave way on Wednesday. A day after the water broke through, X said S": Thursday', async () => {
    expect(
      await saidOnDates(
        'The old mill dam gave way on Wednesday. A day after the water broke through, county engineer Rosa Lind said the road would stay shut.',
      ),
    ).toEqual(['2023-03-02']);
  });

  it('"The vote took place on Tuesday. A day after the vote, X said S": Wednesday', async () => {
    expect(
      await saidOnDates(
        'The council vote on the old library took place on Tuesday. A day after the vote, councilor Ada Prell said she would appeal.',
      ),
    ).toEqual(['2023-03-01']);
  });

  it('"A day after the storm, X said S" with no day written before: undated', async () => {
    expect(await saidOnDates('A day after the storm, county engineer Rosa Lind said the road would stay shut.')).toEqual([undefined]);
  });

  it('"X said S, a day after <event>" mid-sentence: undated', async () => {
    expect(
      await saidOnDates(
        'The old mill dam gave way on Wednesday. County engineer Rosa Lind said the road would stay shut, a day after the state sent inspectors.',
      ),
    ).toEqual([undefined]);
  });
});
