/**
 * "An outlet quoted X as saying Friday that S": the day on the saying dates the quoted claim
 * (src/ingest/annotation/quoted-as-saying.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('the day of a quoted saying', () => {
  it('"The Gazette quoted X as saying Friday that S": Friday', async () => {
    expect(await saidOnDates('The Gazette quoted Councilor Ada Prell as saying Friday that the bridge would reopen.')).toEqual([
      '2023-03-03',
    ]);
  });
});
