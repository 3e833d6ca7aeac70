/**
 * Closing credits longer than seven words: an outlet's staff member ("the Wall Street Journal's Moscow
 * bureau chief reports") and a credit with its day after the verb ("the German magazine Der Spiegel
 * reports this week"); src/ingest/attribution/credits/long-credits.ts. Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a closing credit of more than seven words', () => {
  it("credits the outlet of a staff member's report", async () => {
    expect(
      await claimsWithVia(
        "Officials in Velmora believe the fire was set on purpose, the Wall Street Journal's Moscow bureau chief reports.",
      ),
    ).toEqual([{ claimants: ['Officials in Velmora'], via: ['The Wall Street Journal'] }]);
  });

  it('credits "…, the Guardian\'s Rome correspondent reports"', async () => {
    const claims = await claimsWithVia(
      "Farmers in Belgora say the drought is the worst in decades, the Guardian's Rome correspondent reports.",
    );
    expect(claims).toHaveLength(1);
    expect(claims[0].via[0]).toMatch(/Guardian$/);
  });

  it('credits a credit with its day after the verb', async () => {
    const claims = await claimsWithVia(
      'Local doctors say the clinic ran out of insulin, the German magazine Der Spiegel reports this week.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0].via[0]).toMatch(/Spiegel$/);
  });
});
