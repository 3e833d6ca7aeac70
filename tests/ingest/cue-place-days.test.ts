/**
 * The day hung on a place or medium the cue names (src/ingest/annotation/cue-place-days.ts). Real
 * CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('a day hung on where the saying was made', () => {
  it('"X warned in a statement on its website Saturday that S"', async () => {
    expect(await saidOnDates('The port authority warned in a statement on its website Sunday that the ferry would be suspended.')).toEqual([
      '2023-03-05',
    ]);
  });

  it('"X said on Sunday\'s Face the Nation that S": a broadcast named by its day', async () => {
    expect(await saidOnDates("Governor Ana Ruiz said on Sunday's Face the Nation that the fuel tax would go.")).toEqual(['2023-03-05']);
  });
});
