/**
 * The day hung on whom an occasion was with, when the parser hangs that partner on the verb
 * (src/ingest/annotation/occasion-partner-days.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe("the day on an occasion's partner", () => {
  it('"X said in a phone interview with the AP on Friday that S": Friday', async () => {
    expect(await saidOnDates('Councilor Ada Prell said in a phone interview with the AP on Friday that the bridge would reopen.')).toEqual([
      '2023-03-03',
    ]);
  });
});
