/**
 * A closing "as reported by" credit (attribution/credits/credits.ts, entities/as-reported-outlets.ts): "S, as
 * reported by Politico." is the outlet's claim, and a name so credited is an outlet's, on real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a closing "as reported by" credit', () => {
  it('"S, as reported by Politico.": the outlet\'s claim', async () => {
    expect(await claimsWithVia('The old ferry terminal will be torn down next spring, as reported by Politico.')).toEqual([
      { claimants: ['Politico'], via: [] },
    ]);
  });

  it('"as first reported by Space.com": a name no tagger knows is an outlet, and carries the speaker after it', async () => {
    expect(
      await claimsWithVia(
        'An amateur in Chile has found a new asteroid with a rented telescope, as first reported by Space.com. Marisol Vega said she spotted it on her third night of searching.',
      ),
    ).toEqual([
      { claimants: ['Space.com'], via: [] },
      { claimants: ['Marisol Vega'], via: ['Space.com'] },
    ]);
  });
});
