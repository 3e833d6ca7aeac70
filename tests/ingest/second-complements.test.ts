/**
 * An object's reading takes in the complement right after the object ("blamed X for S", "describe
 * themselves as S"), where PolNeAR puts the content (src/ingest/attribution/boundaries/second-complements.ts),
 * on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('the second complement of a verb and its object', () => {
  it("takes in a 'for' phrase after the object ('blamed X for S')", async () => {
    const text = 'Governor Alma Reyes blamed the utility for raising water rates.';
    expect(await namedContents(text)).toEqual([[['Alma Reyes'], 'the utility for raising water rates']]);
  });

  it("takes in an 'as' phrase the parser hung as a clause ('describe themselves as S')", async () => {
    const text = 'Many of the mayor’s donors describe themselves as moderate on taxes.';
    expect(await namedContents(text)).toEqual([[['Many of the mayor’s donors'], 'themselves as moderate on taxes']]);
  });

  it("takes in a 'to' phrase after the object ('attributed X to S')", async () => {
    const text = 'Councilman Dev Patel attributed the delays to poor planning by the county.';
    expect(await namedContents(text)).toEqual([[['Dev Patel'], 'the delays to poor planning by the county']]);
  });

  it('leaves a reading whose object has no complement after it', async () => {
    const text = 'Governor Alma Reyes criticized the utility in a long interview on Tuesday.';
    expect(await namedContents(text)).toEqual([[['Alma Reyes'], 'the utility']]);
  });
});
