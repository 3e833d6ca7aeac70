/**
 * A call made or answered on a telephone says nothing (src/ingest/attribution/filters/phone-calls.ts),
 * on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { cueReadings } from '../support/parsed-attributions.ts';

describe('a call on the phone', () => {
  it('reads no claim in a call made on a phone or an answered call', async () => {
    for (const text of [
      'A crisis counselor called the hiker on the phone twice during the night.',
      'Firefighters answered a call about smoke at the warehouse on Friday.',
    ]) {
      expect(
        (await cueReadings(text)).filter((c) => /^(call|answer)/.test(c)),
        text,
      ).toEqual([]);
    }
  });

  it('keeps what a caller went on to say, and a call for something', async () => {
    for (const [text, content] of [
      ['The coach called him on the phone to say that the team had picked another goalie.', 'the team had picked another goalie'],
      ['The mayor called for an inquiry into the flooding on Friday.', 'an inquiry into the flooding'],
    ]) {
      expect(
        (await cueReadings(text)).some((c) => c.includes(content)),
        text,
      ).toBe(true);
    }
  });
});
