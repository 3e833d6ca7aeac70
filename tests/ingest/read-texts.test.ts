/**
 * Reading a text out, with nothing of what it says, is no claim (src/ingest/attribution/filters/read-texts.ts),
 * on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { cueReadings } from '../support/parsed-attributions.ts';

describe('a text read out', () => {
  it('reads no claim in a statement read with nothing of what it says', async () => {
    for (const text of [
      'The curator read a brief statement outside the gallery on Thursday.',
      'Her nephew read a short poem at the graveside.',
    ]) {
      expect(
        (await cueReadings(text)).filter((c) => /^read/.test(c)),
        text,
      ).toEqual([]);
    }
  });

  it('keeps a statement read with its content', async () => {
    for (const [text, content] of [
      ['The curator read a statement saying that the painting had been returned.', 'the painting had been returned'],
      ['"The gallery will reopen in May," read the statement from the trustees.', 'The gallery will reopen in May'],
    ]) {
      expect(
        (await cueReadings(text)).some((c) => c.includes(content)),
        text,
      ).toBe(true);
    }
  });
});
