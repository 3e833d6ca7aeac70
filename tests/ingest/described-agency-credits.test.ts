/**
 * A closing credit names its outlet with "of" inside the name or with lowercase words describing a
 * news agency (src/ingest/attribution/credits/credits.ts `creditName`, described-outlets.ts).
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('a closing credit', () => {
  it('takes a name with "of" inside it ("…, the Press Trust of India reports")', async () => {
    const claim = await claimWith('Monsoon rains washed away a rail bridge near Kochi, the Press Trust of India reports.', 'rail bridge');
    expect(claim?.claimants).toEqual(['Press Trust of India']);
  });

  it('takes a news agency described by lowercase words ("…, the semi-official Tasnim news agency reports")', async () => {
    const claim = await claimWith('A fire gutted the old bazaar in Tabriz, the semi-official Tasnim news agency reports.', 'old bazaar');
    expect(claim?.claimants).toEqual(['Tasnim News Agency']);
  });

  it('leaves a body named with "of" to the speaker it is ("…, the Bank of Korea said")', async () => {
    const claim = await claimWith('Household debt rose for a third straight quarter, the Bank of Korea said.', 'Household debt');
    expect(claim?.claimants).toEqual(['Bank of Korea']);
  });
});
