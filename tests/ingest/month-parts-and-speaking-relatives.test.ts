/**
 * A part of a month or year ("said in late January", "in mid-February", "in late 2021") dates the
 * saying to that month or year (src/ingest/annotation/month-year-dates.ts); a sworn deposition is an
 * occasion whose year dates what was said in it (said-on.ts `OCCASIONS`); and the speaker's own "who
 * testified Thursday" clause gives the day of the saying (src/ingest/annotation/speaking-relatives.ts).
 * Real CoreNLP parses of sentences written for these tests, posted on Monday 2023-03-06.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('a part of a month or a year dates the saying to that month or year', () => {
  it('"said in late January" and "in early February": those months', async () => {
    expect(
      await saidOnDates(
        'Harbor master Ilse Brandt said in late January that the pier would reopen in May. Her deputy, Omar Kell, said in early February that divers had cleared the sunken barge.',
      ),
    ).toEqual(['2023-01-01', '2023-02-01']);
  });

  it('"told the Gazette in mid-February": February', async () => {
    expect(await saidOnDates('Coach Dario Venn told the Gazette in mid-February that the team would appeal the ban.')).toEqual([
      '2023-02-01',
    ]);
  });

  it('"said in late 2021": that year', async () => {
    expect(await saidOnDates('Mayor Ruth Okafor said in late 2021 that the city would build a new library.')).toEqual(['2021-01-01']);
  });

  it('"said in a 2021 deposition": the deposition\'s year', async () => {
    expect(await saidOnDates('The contractor, Lyle Dorn, said in a 2021 deposition that he had warned the county about the roof.')).toEqual(
      ['2021-01-01'],
    );
  });
});

describe('"X, who testified Thursday, said S" takes the day of the speaking', () => {
  it('a relative clause of speaking on the speaker gives its day', async () => {
    expect(
      await saidOnDates(
        'County commissioner Jeff Lowry, who testified Thursday at the trial, said the sheriff had pressured him to steer contracts.',
      ),
    ).toEqual(['2023-03-02']);
  });

  it('a relative clause of something else done that day dates nothing', async () => {
    expect(await saidOnDates('Warehouse owner Joe Park, who was arrested Thursday, said he had done nothing wrong.')).toEqual([undefined]);
  });

  it("a cue naming an occasion of its own does not take the relative clause's day", async () => {
    expect(
      await saidOnDates('Senator Eva Moss, who spoke Thursday at a rally, said in a statement that the vote had been rigged.'),
    ).toEqual([undefined]);
  });
});
