/**
 * The day an occasion's own relative clause gives it (src/ingest/annotation/occasion-clause-days.ts).
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe("an occasion's own clause's day", () => {
  it('"The memo, which X sent to staff on Friday, says S": Friday', async () => {
    expect(await saidOnDates('The memo, which Dorit Falk sent to the crew on Friday, says the Tarnby depot will shut in June.')).toEqual([
      '2023-03-03',
    ]);
  });

  it('"The letter, which the coach wrote Sunday, says S": Sunday', async () => {
    expect(await saidOnDates('The letter, which the Kessel Rovers coach wrote Sunday, says the club will appeal the fine.')).toEqual([
      '2023-03-05',
    ]);
  });

  it('"According to a report that the auditor released Thursday, S": Thursday', async () => {
    expect(
      await saidOnDates('According to a report that the Marrow County auditor released Thursday, the ferry line lost $4 million.'),
    ).toEqual(['2023-03-02']);
  });
});
