/**
 * "Say" after an article is the noun for a power to decide, not a saying
 * (src/ingest/attribution/filters/having-a-say.ts), on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { cueReadings } from '../support/parsed-attributions.ts';

describe('"the final say" and "a say"', () => {
  it('reads no claim', async () => {
    for (const text of [
      'The league, which has the last say on international transfers, will meet next month.',
      'The ski association, which has the final say on national team spots, meets on Friday.',
    ]) {
      expect(
        (await cueReadings(text)).filter((c) => c.startsWith('say')),
        text,
      ).toEqual([]);
    }
  });

  it('keeps a poll share that says something, "some say" and "the elderly say"', async () => {
    for (const text of [
      'A quarter say the pier should be rebuilt, the survey found.',
      'Some say the harbor levy came too late.',
      'The elderly say the new tram timetable leaves them stranded at night.',
      'In the valley towns, the young say rents have doubled since the mine reopened.',
    ]) {
      expect(
        (await cueReadings(text)).map((c) => c.split(':')[0]),
        text,
      ).toContain('say');
    }
  });
});
