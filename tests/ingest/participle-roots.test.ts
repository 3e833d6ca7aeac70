/**
 * A cue the parser hung below a participle it took for the main verb
 * (src/ingest/attribution/frames/reduced-relatives.ts), on a real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a cue after a participle read as the main verb', () => {
  it("names the noun the participle describes, not the name after the cue ('A survey released Monday found X leading Y')", async () => {
    const text = 'A survey from Carver College released Monday found Ortiz leading Hale by nine points among renters.';
    expect(await namedContents(text)).toEqual([[['A survey from Carver College'], 'Ortiz leading Hale by nine points among renters']]);
  });
});
