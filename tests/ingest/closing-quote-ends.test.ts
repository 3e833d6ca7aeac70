/**
 * A content read back from its cue ends at the quotation it closes before that cue, and the participle
 * after the cue reads the rest on its own (src/ingest/attribution/boundaries/closing-quote-ends.ts), on a
 * real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

describe('contents that close a quotation before their cue', () => {
  it("reads ''S,'' X said, adding of Y, ''S2'' as two readings of one speaker", async () => {
    const text = "''We have started all those talks,'' Mr. Dale said, adding of the mayor, ''She wants a united council.''";
    const found = await parsedAttributions(text);
    const readings = found.map((a) => [a.cue.lemma, a.claimants[0]?.name, contentText(text, a)]);
    expect(readings, shownReadings(text, found)).toContainEqual(['say', 'Dale', 'We have started all those talks,']);
    expect(readings, shownReadings(text, found)).toContainEqual(['add', 'Dale', "of the mayor, ''She wants a united council"]);
  });
});
