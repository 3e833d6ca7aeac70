/**
 * A plain verb of saying closing its sentence after a long subject, which the parser hung on the
 * reported clause as parataxis, reads like "S, X said" (src/ingest/attribution/frames/closing-sayings.ts),
 * on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a closing verb of saying hung as parataxis', () => {
  it('credits a titled name with the clause before it', async () => {
    const text =
      'The guild will likely skip the vote altogether, Guild Director of Member Affairs Tom Brandt told the Ledger earlier this week.';
    expect(await namedContents(text)).toEqual([[['Tom Brandt'], 'The guild will likely skip the vote altogether']]);
  });

  it('credits two groups of speakers with the clause before them', async () => {
    const text = 'The council will probably delay the budget, council members and city officials told the Ledger.';
    expect(await namedContents(text)).toEqual([[['council members', 'city officials'], 'The council will probably delay the budget']]);
  });
});
