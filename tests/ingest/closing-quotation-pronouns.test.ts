/**
 * A "he" or "she" closing a quotation of several sentences counts its antecedent window from the
 * sentence the quotation opened in (src/ingest/attribution/sources/closing-quotation-pronouns.ts),
 * and never names the person its own verb speaks to (sources/pronoun-listeners.ts), on a real
 * CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('pronouns closing a long quotation', () => {
  it('names the speaker introduced before a quotation of many sentences', async () => {
    const text =
      'Harbor master Greta Lindqvist walked the flooded quay on Tuesday. ' +
      '"The water came in fast. The pumps failed twice. The cranes are idle. The ferries cannot dock. ' +
      'Nobody here has seen a tide like it," she said.';
    expect(await claimantsOf(text, 'Nobody here has seen')).toEqual(['Greta Lindqvist']);
  });

  it('does not name the one the pronoun is telling', async () => {
    const text =
      'Rancher Tomas Ferreira met Dale Okafor at the county fair. Okafor asked Ferreira about the drought. ' +
      '"The wells are dry," he told Okafor.';
    expect(await claimantsOf(text, 'The wells are dry')).toEqual(['Tomas Ferreira']);
  });
});
