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
});
