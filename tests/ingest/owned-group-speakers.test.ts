/**
 * "The Albrecht sisters … Their lawyer said S", "The Morales family … The family's lawyer said S": a
 * speaker owned by a kin group is named after the group named before
 * (src/ingest/entities/owned-group-speakers.ts). Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('a speaker owned by a kin group named before', () => {
  it('"their lawyer" after "the Albrecht sisters" is the Albrecht sisters\' lawyer', async () => {
    const text =
      'The Albrecht sisters, who run three bakeries in Ohio, were sued by a supplier on Monday. ' +
      'Their lawyer said the sisters had paid every invoice.';
    expect((await claimWith(text, 'every invoice'))?.claimants).toEqual(["Albrecht sisters' lawyer"]);
  });

  it('"the family\'s lawyer" after "the Morales family" is the Morales family\'s lawyer', async () => {
    const text = "The Morales family moved to Texas last year. The family's lawyer said the move was legal.";
    expect((await claimWith(text, 'move was legal'))?.claimants).toEqual(["Morales family's lawyer"]);
  });

  it('with two families named before, "the family\'s lawyer" names neither', async () => {
    const text = "The Morales family and the Whitley family shared a farm. The family's lawyer said the fence was legal.";
    expect((await claimWith(text, 'fence was legal'))?.claimants).toEqual(["family's lawyer"]);
  });
});
