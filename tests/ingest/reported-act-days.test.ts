/**
 * An act an outlet's report relates becomes the outlet's own claim (src/ingest/annotation/outlet-passages.ts
 * outletOwnReports); the day the act was done is not the day the outlet reported it, on real CoreNLP
 * parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

describe("an act's day under an outlet's closing credit", () => {
  it('"The board decided Monday to close the pool, the Tribune reports": the Tribune\'s claim, with no day', async () => {
    const claims = await namedClaims(
      'The park board in Alder Creek decided Monday to close the public pool for good, the Chicago Tribune reports.',
      '2025-07-16T12:00:00-05:00',
    );
    expect(claims.map(({ claimants, via, saidOn }) => ({ claimants, via, saidOn }))).toEqual([
      { claimants: ['Chicago Tribune'], via: [], saidOn: undefined },
    ]);
  });

  it('"X said Monday S, the Tribune reports" keeps the day it was said', async () => {
    const claims = await namedClaims(
      'Mayor Lena Ostrowski said Monday that the pool would close for good, the Chicago Tribune reports.',
      '2025-07-16T12:00:00-05:00',
    );
    expect(claims.map(({ claimants, via, saidOn }) => ({ claimants, via, saidOn }))).toEqual([
      { claimants: ['Lena Ostrowski'], via: ['Chicago Tribune'], saidOn: '2025-07-14' },
    ]);
  });
});
