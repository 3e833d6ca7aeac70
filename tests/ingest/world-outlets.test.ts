/**
 * Outlets of other countries and kinds that NER cannot know as outlets, listed in
 * src/ingest/entities/world-outlets.ts. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('an outlet the world-outlets list holds', () => {
  it('is the via of a claim told to it where NER tags it a place ("told the Tulsa World")', async () => {
    const claim = await claimWith(
      "The school's principal, Dana Whitfield, told the Tulsa World that classes would resume after the storm.",
      'classes would resume',
    );
    expect(claim).toEqual({ claimants: ['Dana Whitfield'], via: ['Tulsa World'] });
  });

  it('is the via of a claim told to it with no other outlet credited ("told News24")', async () => {
    const claim = await claimWith(
      'A game ranger, Thabo Nkosi, told News24 that the reserve fence had been cut twice in May.',
      'fence had been cut',
    );
    expect(claim).toEqual({ claimants: ['Thabo Nkosi'], via: ['News24'] });
  });

  it('is the via of a claim told to a regional paper with no masthead word ("told the Fresno Bee")', async () => {
    const claim = await claimWith('The grower, Luis Ortega, told the Fresno Bee that two of his wells ran dry in July.', 'wells ran dry');
    expect(claim).toEqual({ claimants: ['Luis Ortega'], via: ['Fresno Bee'] });
  });
});
