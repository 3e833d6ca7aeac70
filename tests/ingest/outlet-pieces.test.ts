/**
 * An outlet's piece announced with no claim ("The Tribune has a long piece on X. Former employees say S")
 * carries the people who speak right after it (src/ingest/annotation/outlet-pieces.ts). Real CoreNLP
 * parses of sentences written for these tests in the style of Newser's summaries.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe("an outlet's piece", () => {
  it('"The Atlantic has a long piece on X. Former employees say S" gives their claim the Atlantic as via', async () => {
    expect(
      await claimWith(
        'The Atlantic has a long piece on the collapse of the Varnok bank. Former employees say the managers knew for months.',
        'managers',
      ),
    ).toEqual({ claimants: ['Former employees'], via: ['The Atlantic'] });
  });

  it('"takes a look at" and "runs a profile of" do the same; a statement and a state do not', async () => {
    expect(
      await claimWith(
        'The New York Times takes a look at the town of Dalbeck, where the mill closed in May. Residents say half the shops have shut.',
        'shops',
      ),
    ).toEqual({ claimants: ['Residents'], via: ['The New York Times'] });
    expect(
      await claimWith(
        'The Guardian runs a profile of the Velmont rebels. Their commander, Ivo Marsh, says his men will not lay down their arms.',
        'arms',
      ),
    ).toEqual({ claimants: ['Ivo Marsh'], via: ['The Guardian'] });
    expect(
      await claimWith(
        'The Atlantic has a long piece on the Varnok bank. Governor Lena Hart said in a written statement that the bank would be sold.',
        'sold',
      ),
    ).toEqual({ claimants: ['Lena Hart'], via: [] });
    expect(await claimWith('CNN has a story on the flood in Dalbeck.\n\nResidents say the levee failed twice.', 'levee')).toEqual({
      claimants: ['Residents'],
      via: [],
    });
  });
});
