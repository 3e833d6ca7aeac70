/**
 * A day the parser hangs on the cue but that sits inside what was said is the event's day
 * (src/ingest/annotation/content-event-days.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('a day inside the content', () => {
  it('"X said the blaze Sunday gutted two barns": the blaze\'s day, not the saying\'s', async () => {
    expect(await saidOnDates('Firefighters said the blaze Sunday gutted two barns.')).toEqual([undefined]);
    // and the saying's own day still dates it
    expect(await saidOnDates('Firefighters said Sunday the blaze gutted two barns.')).toEqual(['2023-03-05']);
  });
});
