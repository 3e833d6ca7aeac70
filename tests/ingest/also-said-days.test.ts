/**
 * "She also said S2" or "He added S2" right after the same speaker's dated saying takes its day
 * (src/ingest/annotation/also-said-days.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('"X said Thursday S1. It also said S2" takes the earlier saying\'s day', () => {
  it('a day told with the occasion in the sentence before reaches both sayings', async () => {
    expect(
      await saidOnDates(
        'On Friday, the county clerk, Mara Voss, held a briefing at the courthouse. She said the ballots would be counted by hand. She also said the count would take four days.',
      ),
    ).toEqual(['2023-03-03', '2023-03-03']);
  });

  it('"also said" right after a saying dated on its verb', async () => {
    expect(
      await saidOnDates(
        'Utility spokeswoman Dana Reyes said Thursday that service would return by noon. She also said crews had replaced two broken mains.',
      ),
    ).toEqual(['2023-03-02', '2023-03-02']);
  });

  it('"also said in a tweet" names an occasion of its own and stays undated', async () => {
    expect(
      await saidOnDates(
        'Utility spokeswoman Dana Reyes said Thursday that service would return by noon. She also said in a tweet that crews had replaced two broken mains.',
      ),
    ).toEqual(['2023-03-02', undefined]);
  });

  it('"He added that S2" right after a telling dated on its verb', async () => {
    expect(
      await saidOnDates(
        'Harbor master Ilse Brandt told the Gazette on Thursday that the pier would reopen in May. She added that divers had cleared the sunken barge.',
      ),
    ).toEqual(['2023-03-02', '2023-03-02']);
  });

  it('a quotation closed by "he added" takes the day too', async () => {
    expect(
      await saidOnDates('Fire chief Owen Marsh said Friday that the blaze had been contained. "We were lucky the wind dropped," he added.'),
    ).toEqual(['2023-03-03', '2023-03-03']);
  });

  it('"adding" hung on an undated saying looks back to that saying, not to an earlier dated one', async () => {
    const dates = await saidOnDates(
      'Principal Ruth Okafor told parents on Thursday night that the school would close early. "We cannot heat the gym," she said later, adding that repairs would take a week.',
    );
    expect(dates[0]).toBe('2023-03-02');
    expect(dates.slice(1).every((d) => d === undefined)).toBe(true);
  });

  it('"She added:" before a quotation takes the day too', async () => {
    expect(
      await saidOnDates('Coach Dario Venn said Saturday that the team would appeal the ban. He added: "We did nothing wrong."'),
    ).toEqual(['2023-03-04', '2023-03-04']);
  });

  it('a sentence between the dated saying and "He added" leaves the addition undated', async () => {
    const dates = await saidOnDates(
      'Coach Dario Venn said Saturday that the team would appeal the ban. The league chief disagreed. He added that the players were upset.',
    );
    expect(dates[0]).toBe('2023-03-04');
    expect(dates.slice(1).every((d) => d === undefined)).toBe(true);
  });

  it('"X said Tuesday S1. <background> ¶ X added S2": the speaker named again by name carries the day over', async () => {
    expect(
      await saidOnDates(
        'The ferry to Marrow Island will run again by May, harbor master Ines Caldera said Tuesday. The ferry has been idle since a storm damaged its ramp.\n\nCaldera added that the county would pay for the repairs.',
      ),
    ).toEqual(['2023-02-28', '2023-02-28']);
  });

  it('another saying between them still leaves a named addition undated', async () => {
    const dates = await saidOnDates(
      'The ferry will run again by May, harbor master Ines Caldera said Tuesday. Her rival Tom Barr called that unlikely.\n\nCaldera added that the county would pay for the repairs.',
    );
    expect(dates[0]).toBe('2023-02-28');
    expect(dates.at(-1)).toBeUndefined();
  });
});
