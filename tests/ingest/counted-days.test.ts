/**
 * A day counted from one already named, "A day earlier, X had warned S" (src/ingest/annotation/relative-days.ts).
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('a day counted from the last day named', () => {
  it('"X said Wednesday that S1. A day earlier, he had warned S2": Tuesday', async () => {
    expect(
      await saidOnDates(
        'Governor Tam Oyelaran said Wednesday that the dyke had held. A day earlier, he had warned that it might give way.',
      ),
    ).toEqual(['2023-03-01', '2023-02-28']);
  });

  it('"…on Thursday. The day before, she had said S": Wednesday', async () => {
    expect(await saidOnDates('Senator Ilse Marrow met the miners on Thursday. The day before, she had said the pit was safe.')).toEqual([
      '2023-03-01',
    ]);
  });

  it('"A day later, X said S" counts forward', async () => {
    expect(
      await saidOnDates('The navy said on Thursday that it had sunk the boat. A day later, the smugglers said they had escaped.'),
    ).toEqual(['2023-03-02', '2023-03-03']);
    // and none with no day named before it
    expect(await saidOnDates('A day later, the smugglers said they had escaped.')).toEqual([undefined]);
  });

  it('"The same day, X said S" and "said the same day that S": the day named last, not moved', async () => {
    expect(
      await saidOnDates(
        'The coast guard said Wednesday that it had found the missing trawler. The same day, the harbor chief, Oskar Lind, said the crew was unhurt.',
      ),
    ).toEqual(['2023-03-01', '2023-03-01']);
    expect(
      await saidOnDates(
        'Senator Raul Mendes told reporters on Thursday that the bill would pass. He said on the same day that he had spoken to the governor.',
      ),
    ).toEqual(['2023-03-02', '2023-03-02']);
    // and none with no day named before it
    expect(await saidOnDates('The same day, the harbor chief said the crew was unhurt.')).toEqual([undefined]);
  });
});
