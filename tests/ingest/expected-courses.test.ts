/**
 * "According to plan" credits no one (src/ingest/attribution/filters/expected-courses.ts), on real
 * CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { cueReadings } from '../support/parsed-attributions.ts';

describe('according to a plan or a schedule', () => {
  it('reads no claim in a course set beforehand', async () => {
    for (const text of [
      'The launch of the weather balloon went according to plan on Tuesday.',
      'The night train reached Vienna according to schedule despite the snow.',
    ]) {
      expect(await cueReadings(text), text).toEqual([]);
    }
  });

  it('keeps a claim according to a person or a report', async () => {
    for (const [text, content] of [
      ['The dam will be finished by June, according to the chief engineer.', 'The dam will be finished by June'],
      ['Fares will rise by 4% next year, according to a plan published by the city.', 'Fares will rise by 4% next year'],
    ]) {
      expect(
        (await cueReadings(text)).some((c) => c.includes(content)),
        text,
      ).toBe(true);
    }
  });
});
