/**
 * A common-noun source followed by an organisation's name in apposition speaks as that organisation
 * (src/ingest/attribution/sources/appositive-names.ts), as a person's name there already did, on real
 * CoreNLP parses of sentences written for this test: a possessive description alone ("Her school")
 * names nobody, so the claim was dropped, and "The developer" was a claimant of its own.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('an organisation named in apposition to the source', () => {
  it('speaks for a possessive description', async () => {
    const text = 'The trip was called off on Tuesday. Her school, Bramley Academy, said the bus company had cancelled at short notice.';
    expect(await claimantsOf(text, 'the bus company had cancelled')).toEqual(['Bramley Academy']);
  });

  it('speaks for a definite description', async () => {
    const text = 'The developer, Marrow Homes, said on Monday that the first houses would be ready by spring.';
    expect(await claimantsOf(text, 'the first houses would be ready')).toEqual(['Marrow Homes']);
  });
});

describe('a name in apposition to a definite description', () => {
  it('outranks an earlier mention with the same head noun', async () => {
    const text =
      'A Danish brewer said in May that its sales had fallen. On Monday the brewer, Holm Brewing, said it would open a plant in Ohio.';
    expect(await claimantsOf(text, 'it would open a plant')).toEqual(['Holm Brewing']);
  });
});
