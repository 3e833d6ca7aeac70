/**
 * In a text that retells a known outlet's report, an unknown organization someone tells a claim is the
 * outlet they spoke to (src/ingest/entities/told-unknown-organizations.ts). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

const REPORT = 'A ferry ran aground in thick fog outside the harbor of Tromso, the BBC reports.';

describe('an unknown organization told a claim after an outlet is credited', () => {
  it('is the via of the claim told to it ("…, the BBC reports. X told the Nordlys Avis S")', async () => {
    const claims = await claimsWithVia(
      `${REPORT} Captain Lars Nygaard told the Nordlys Avis that the radar failed minutes before the crash.`,
    );
    expect(claims.find((c) => c.claimants.includes('Lars Nygaard'))?.via).toEqual(['Nordlys Avis']);
  });

  it('is the via also when NER leaves the name untagged ("…, the BBC reports. X told SVT S")', async () => {
    const claims = await claimsWithVia(`${REPORT} Captain Lars Nygaard told SVT that the radar failed minutes before the crash.`);
    expect(claims.find((c) => c.claimants.includes('Lars Nygaard'))?.via).toEqual(['SVT']);
  });

  it('is not when its head word names a body ("told the Norwegian Seamen Union")', async () => {
    const claims = await claimsWithVia(
      `${REPORT} Captain Lars Nygaard told the Norwegian Seamen Union that the radar failed minutes before the crash.`,
    );
    expect(claims.find((c) => c.claimants.includes('Lars Nygaard'))?.via).toEqual([]);
  });
});
