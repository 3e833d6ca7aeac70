/**
 * "Speaking to the Los Angeles Times, X said S": CoreNLP may hang the opening participle on the verb
 * as an adverb (advmod) rather than a clause; its listener is still the claim's outlet
 * (src/ingest/annotation/verbs.ts speakingParticiples). A sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('an opening participle of speaking the parser read as an adverb', () => {
  it('gives its listener as the via ("Speaking to the Los Angeles Times, X said S")', async () => {
    expect(
      await claimsWithVia('Speaking to the Los Angeles Times, state inspector Mark Udall-Reyes said at least 1,800 hives were stolen.'),
    ).toEqual([{ claimants: ['Mark Udall-Reyes'], via: ['Los Angeles Times'] }]);
  });

  it('gives its listener as the via where the parser makes the participle the subject ("Speaking with Le Monde, X said S")', async () => {
    expect(
      await claimsWithVia('Speaking with Le Monde, mountain guide Lukas Berger said that the pass would stay closed until May.'),
    ).toEqual([{ claimants: ['Lukas Berger'], via: ['Le Monde'] }]);
  });
});
