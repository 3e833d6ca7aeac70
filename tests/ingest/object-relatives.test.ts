/**
 * An object reading ends before a relative clause set off by a comma after the cue's object ("admired
 * the bishop, who preaches S"); a relative clause inside reported words stays
 * (src/ingest/attribution/boundaries/object-relatives.ts), on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe("a relative clause after the cue's object", () => {
  it("ends the object's content before ', who'", async () => {
    const text = 'Councilwoman Rita Vance has long admired the bishop, who preaches a gospel of thrift close to her own agenda.';
    expect(await namedContents(text)).toEqual([[['Rita Vance'], 'the bishop']]);
  });

  it('keeps a relative clause inside what is reported', async () => {
    const text = 'Councilwoman Rita Vance said the bill, which passed last week, was rushed.';
    expect(await namedContents(text)).toEqual([[['Rita Vance'], 'the bill, which passed last week, was rushed']]);
  });
});
