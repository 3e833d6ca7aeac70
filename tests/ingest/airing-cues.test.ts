/**
 * A broadcast's participle the parser made the cue dates no saying (src/ingest/annotation/airing-cues.ts).
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('an interview aired on a day', () => {
  it('"X said in an interview aired Sunday that S": the airing day is not the saying\'s', async () => {
    expect(await saidOnDates('Councillor Bo Lund said in an interview aired Saturday that the vote had been fixed.')).toEqual([undefined]);
  });

  it('"…published Sunday that S" with "published" tagged a past tense: still no date', async () => {
    expect(
      await saidOnDates('Senator Maya Kordell stated in an interview with the Globe published Sunday that she would run again.'),
    ).toEqual([undefined]);
  });

  it('"In an interview, aired Sunday, X said S": set off by commas, the airing day is still not the saying\'s', async () => {
    expect(await saidOnDates('In an interview, aired Sunday, Councillor Bo Lund said the vote had been fixed.')).toEqual([undefined]);
    expect(await saidOnDates('Councillor Bo Lund said in an interview, aired Sunday, that the vote had been fixed.')).toEqual([undefined]);
  });

  it('"In an interview, published Sunday, X said S": an interview is said before it is published', async () => {
    expect(await saidOnDates('In an interview, published Sunday, Councillor Bo Lund said the vote had been fixed.')).toEqual([undefined]);
  });

  it('"In a column, published Sunday, X wrote S": a written paper\'s publishing is its saying', async () => {
    expect(await saidOnDates('In a column, published Sunday, Councillor Bo Lund wrote that the vote had been fixed.')).toEqual([
      '2023-03-05',
    ]);
  });

  it('"In an interview, broadcast on Saturday, X said S": "broadcast" read as a noun dates nothing either', async () => {
    expect(await saidOnDates('In an interview, broadcast on Saturday, Senator Maya Kordell said she would run again.')).toEqual([
      undefined,
    ]);
  });

  it('"X, in an interview aired Sunday, said S": the day before the verb is the airing\'s', async () => {
    expect(await saidOnDates('The mayor, in an interview aired Sunday, said the bridge should stay closed.')).toEqual([undefined]);
  });

  it('a broadcast as the occasion keeps its day, and so does a day on the cue besides the airing', async () => {
    expect(await saidOnDates('In a broadcast on Saturday, Senator Maya Kordell said she would run again.')).toEqual(['2023-03-04']);
    expect(await saidOnDates('Councillor Bo Lund said Monday in an interview aired Sunday that the vote had been fixed.')).toEqual([
      '2023-03-06',
    ]);
  });
});
