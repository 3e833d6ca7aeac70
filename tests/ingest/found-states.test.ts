/**
 * A thing found in the state a bare past participle tells is a discovery, not a finding anyone states
 * (src/ingest/attribution/filters/found-states.ts), on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { cueReadings } from '../support/parsed-attributions.ts';

describe('a thing found in a state', () => {
  it('reads no claim in a thing found wrapped, hidden or buried', async () => {
    for (const text of [
      'The farmer found the old violin wrapped in a feed sack in his barn.',
      'A hiker discovered the missing canoe buried under snow near the dam.',
    ]) {
      expect(
        (await cueReadings(text)).filter((c) => /^(find|discover)/.test(c)),
        text,
      ).toEqual([]);
    }
  });

  it('keeps a finding stated in a clause', async () => {
    for (const text of [
      'The inspectors found that the dam had been poorly maintained for years.',
      'The survey found most residents opposed the new toll.',
    ]) {
      expect(
        (await cueReadings(text)).map((c) => c.split(':')[0]),
        text,
      ).toContain('find');
    }
  });
});
