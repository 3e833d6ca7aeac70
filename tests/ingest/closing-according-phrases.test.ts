/**
 * "S, according to X ...": a phrase after a comma with no comma after it closes the sentence, though the
 * parser hung some of its words outside the source's phrase (src/ingest/attribution/boundaries/according-spans.ts),
 * on a real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a closing "according to" phrase the parser split', () => {
  it("reads the sentence before the phrase, not the phrase ('S, according to county polls at that point')", async () => {
    const text =
      'Early in the race, Ortiz drew barely 4 percent support, against 30 percent for Hale, according to county polls at that point.';
    expect(await namedContents(text)).toEqual([
      [['county polls'], 'Early in the race, Ortiz drew barely 4 percent support, against 30 percent for Hale'],
    ]);
  });
});
