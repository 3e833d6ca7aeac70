/**
 * An occasion the parser hangs on a quoted label, not on the naming verb
 * (src/ingest/annotation/quoted-label-occasion-days.ts), still dates the saying. Real CoreNLP parses
 * of sentences written for these tests, posted on a Monday.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('an occasion after a quoted label dates the naming', () => {
  it('\'X called the plan "unlawful" in a statement Friday\'', async () => {
    expect(await saidOnDates('The Velmont mayor\'s office called the plan "unlawful" in a statement Friday.')).toEqual(['2023-03-03']);
  });

  it('\'X described the vote as "chaos by design" in a Thursday email\'', async () => {
    expect(await saidOnDates('The Velmont Labor Party described the vote as "chaos by design" in a Thursday email to supporters.')).toEqual(
      ['2023-03-02'],
    );
  });

  it('a bare day after the quoted label: \'called the decision "an insult" on Tuesday\', \'"a disgrace" Tuesday\'', async () => {
    expect(await saidOnDates('Velmont\'s culture minister, Ines Varo, called the decision "an insult" on Tuesday.')).toEqual([
      '2023-02-28',
    ]);
    expect(await saidOnDates('Varo called the ruling "a disgrace" Tuesday.')).toEqual(['2023-02-28']);
  });

  it('no day from a label without quotation marks, nor from a day inside the label', async () => {
    // "on Thursday" may be what the label is about ("called the speech on Thursday a stunt").
    expect(await saidOnDates('Councilor Ravi Tamm called the speech on Thursday a stunt.')).toEqual([undefined]);
    expect(await saidOnDates('Councilor Ravi Tamm called the Thursday vote "a stunt."')).toEqual([undefined]);
  });

  it('stays undated when the occasion names no day', async () => {
    expect(await saidOnDates('The Velmont mayor\'s office called the plan "unlawful" in a statement.')).toEqual([undefined]);
  });
});
