/**
 * "S, according to the document she released": the clause before the phrase is the content when the
 * parser made the clause after the source its host (src/ingest/attribution/frames/according-roots.ts),
 * on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('an "according to" phrase whose source the parser hung on the clause after it', () => {
  it("reads the clause before the phrase ('S, according to the proposal she unveiled')", async () => {
    const text = 'The new bridge would cost nearly $2 billion over a decade, according to the proposal she unveiled.';
    expect(await namedContents(text)).toEqual([[['the proposal'], 'The new bridge would cost nearly $2 billion over a decade']]);
  });

  it("reads the clause before the phrase ('S, according to the figures the council published')", async () => {
    const text = 'Rents in the county rose 9 percent last year, according to the housing figures the council published.';
    expect(await namedContents(text)).toEqual([[['the housing figures'], 'Rents in the county rose 9 percent last year']]);
  });
});
