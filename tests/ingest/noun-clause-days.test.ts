/**
 * A day closing a clause on a noun just before the cue is that clause's day, not the saying's
 * (src/ingest/annotation/noun-clause-days.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe("a day closing a noun's clause before the cue", () => {
  it('"criticized a report the union released Friday, saying S": no date', async () => {
    expect(
      await saidOnDates(
        'Harbor chief Tomas Velde criticized a report the dockers union released Friday, saying its wage figures were invented.',
      ),
    ).toEqual([undefined, undefined]);
  });

  it('"welcomed a ruling the court handed down Thursday night, saying S": no date', async () => {
    expect(
      await saidOnDates('The Ostby mayor welcomed a ruling the court handed down Thursday night, saying it vindicated the city.'),
    ).toEqual([undefined, undefined]);
  });

  it('"The aide the council hired Friday said S": no date', async () => {
    expect(await saidOnDates('The press aide the Ostby council hired Friday said the budget vote would be delayed.')).toEqual([undefined]);
  });

  it('"rejected the offer Friday, saying S": still Friday', async () => {
    expect(await saidOnDates('The Velde family rejected the settlement offer Friday, saying it came far too late.')).toContain(
      '2023-03-03',
    );
  });

  it('"A safety review released Friday says S": still Friday', async () => {
    expect(await saidOnDates('A safety review released Friday says the Ostby ferry had no working radio.')).toEqual(['2023-03-03']);
  });

  it('"The ministry, in a statement released Friday, said S": still Friday', async () => {
    expect(await saidOnDates('The Ostby ministry, in a statement released Friday, said the border crossing would reopen.')).toEqual([
      '2023-03-03',
    ]);
  });
});
