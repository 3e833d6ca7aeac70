/**
 * An "according to" report named by a longer phrase for the outlet's work: a possessor ("Milenio's
 * report"), a word before the noun and a medium's noun before the name ("a lengthy report in the
 * Guardian", "a report Tuesday in the Spanish daily El Pais"). The outlet carries the speaker's claim
 * (src/ingest/entities/outlet-work-phrases.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('an outlet named by its work', () => {
  it('credits "according to Milenio\'s report"', async () => {
    expect(await claimsWithVia("Police Chief Rosa Delgado said the suspect was a former guard, according to Milenio's report.")).toEqual([
      { claimants: ['Rosa Delgado'], via: ['Milenio'] },
    ]);
  });

  it('credits "according to a lengthy report in the Guardian"', async () => {
    expect(
      await claimsWithVia('Farmers in Belgora say the drought is the worst in decades, according to a lengthy report in the Guardian.'),
    ).toEqual([{ claimants: ['Farmers in Belgora'], via: ['The Guardian'] }]);
  });

  it('credits "according to a report Tuesday in the Spanish daily El Pais"', async () => {
    const claims = await claimsWithVia(
      'Mayor Tomas Brenn said the budget was short by millions, according to a report Tuesday in the Spanish daily El Pais.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0].claimants).toEqual(['Tomas Brenn']);
    expect(claims[0].via[0]).toMatch(/^El Pa[ií]s$/);
  });
});
