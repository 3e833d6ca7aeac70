/**
 * A claim told to a listener of its own ("told NOS", "told the jury") is not carried by an earlier
 * outlet's report (src/ingest/annotation/report-passages.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe("a claim told to its own listener after an outlet's report", () => {
  it('does not take the reporting outlet as via ("…, the BBC reports. X told NOS S")', async () => {
    const claims = await claimsWithVia(
      'A lighthouse keeper rescued three kayakers off the Frisian coast, the BBC reports. Keeper Joris Vermeulen told NOS the kayakers had drifted for six hours.',
    );
    expect(claims.find((c) => c.claimants.includes('Joris Vermeulen'))?.via).not.toContain('BBC');
  });

  it('still carries a speaker with no listener ("…, the BBC reports. X says S")', async () => {
    const claims = await claimsWithVia(
      'A lighthouse keeper rescued three kayakers off the Frisian coast, the BBC reports. Keeper Joris Vermeulen says the kayakers had drifted for six hours.',
    );
    expect(claims.find((c) => c.claimants.includes('Joris Vermeulen'))?.via).toEqual(['BBC']);
  });
});
