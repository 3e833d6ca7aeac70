/**
 * A work of art shows what it pictures; it tells no claim (src/ingest/attribution/filters/depicted-scenes.ts),
 * on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { cueReadings } from '../support/parsed-attributions.ts';

describe('a scene a work of art pictures', () => {
  it('reads no claim in what a portrait or a mural shows', async () => {
    for (const text of ['The portrait shows the duke holding a falcon.', 'The mural shows workers building the dam.']) {
      expect(
        (await cueReadings(text)).filter((c) => /^(show|depict|portray)/.test(c)),
        text,
      ).toEqual([]);
    }
  });

  it('keeps what a poll or footage shows', async () => {
    for (const [text, cue] of [
      ['A new poll shows the mayor trailing her challenger by six points.', 'show'],
      ['Security footage shows that the guard left the gate open.', 'show'],
    ]) {
      expect(
        (await cueReadings(text)).map((c) => c.split(':')[0]),
        text,
      ).toContain(cue);
    }
  });
});
