/**
 * Notices, columns and sermons are occasions whose day is the saying's (src/ingest/annotation/said-on.ts
 * `OCCASIONS`). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('occasions of written and preached words', () => {
  it('"warned in a Thursday bulletin that S": Thursday', async () => {
    expect(await saidOnDates('The Ostby weather office warned in a Thursday bulletin that the river would flood.')).toEqual(['2023-03-02']);
  });

  it('"said in an announcement on Friday that S": Friday', async () => {
    expect(await saidOnDates('The Kessel savings bank said in an announcement on Friday that it would cut rates.')).toEqual(['2023-03-03']);
  });

  it('"said in a Sunday sermon that S": Sunday', async () => {
    expect(await saidOnDates('The bishop of Ostby said in a Sunday sermon that the war must end.')).toEqual(['2023-03-05']);
  });

  it('"said the bridge update on Friday would show S": no date', async () => {
    expect(await saidOnDates('The Ostby mayor said the bridge update on Friday would show more cracks.')).toEqual([undefined]);
  });
});

describe("an occasion the tagger reads as the day's adjective", () => {
  it('"said in an advisory Friday that S": Friday', async () => {
    expect(await saidOnDates('The Ostby weather office said in an advisory Friday that the river would flood.')).toEqual(['2023-03-03']);
  });

  it('"In an editorial Sunday, the Herald said S": Sunday', async () => {
    expect(await saidOnDates('In an editorial Sunday, the Kessel Herald said the harbor chief should resign.')).toEqual(['2023-03-05']);
  });
});
