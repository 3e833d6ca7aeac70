/**
 * A content stays in its cue's paragraph (src/ingest/attribution/boundaries/paragraph-ends.ts): a
 * headline with no closing stop and the paragraph under it are two statements, read off a real
 * CoreNLP parse of lines written for this test.
 */
import { describe, expect, it } from 'vitest';
import { contentText, parsedAttributions, shownReadings } from '../support/parsed-attributions.ts';

describe('paragraph ends', () => {
  it("ends a headline's content at the line break, so the paragraph's own saying is read too", async () => {
    const text =
      'Governor Mira Holt Says The Dam Is Safe\nGovernor Mira Holt said on Tuesday that engineers had checked every gate of the Pell River dam.';
    const found = await parsedAttributions(text);
    const contents = found.map((a) => contentText(text, a));
    expect(contents, shownReadings(text, found)).toContain('The Dam Is Safe');
    expect(contents, shownReadings(text, found)).toContain('that engineers had checked every gate of the Pell River dam');
  });
});
