/**
 * The day of a court paper that carries the claim (src/ingest/annotation/court-paper-days.ts).
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe("a court paper's day", () => {
  it('"In Thursday\'s ruling, the judge wrote that S": Thursday', async () => {
    expect(await saidOnDates("In Thursday's ruling, Judge Ida Marr wrote that the ferry contract had been awarded unlawfully.")).toEqual([
      '2023-03-02',
    ]);
  });

  it('"The suit, filed Tuesday in federal court, alleges that S": Tuesday', async () => {
    expect(await saidOnDates('The suit, filed Tuesday in federal court, alleges that the ferry contract was awarded unlawfully.')).toEqual([
      '2023-02-28',
    ]);
  });

  it('"According to court documents filed Friday, S": Friday', async () => {
    expect(await saidOnDates('According to court documents filed Friday, Osric Vale moved $3 million to a Kestran bank.')).toEqual([
      '2023-03-03',
    ]);
  });

  it('"In his Feb. 21 ruling, the judge wrote that S": February 21', async () => {
    expect(await saidOnDates('In his Feb. 21 ruling, Judge Ida Marr wrote that the ferry contract had been awarded unlawfully.')).toEqual([
      '2023-02-21',
    ]);
  });

  it('"The complaint, which was filed Monday, says S": Monday', async () => {
    expect(await saidOnDates('The complaint, which was filed Monday, says the ferry contract was awarded unlawfully.')).toEqual([
      '2023-03-06',
    ]);
  });

  it('"A lawsuit filed Monday in Kessler County alleges that S", the participle read as the main verb: Monday', async () => {
    expect(
      await saidOnDates('A lawsuit filed Monday in Kessler County alleges that the ferry operator skipped its safety drills for a year.'),
    ).toEqual(['2023-03-06']);
  });
});
