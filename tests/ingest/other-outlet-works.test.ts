/**
 * A claim spoken by another outlet's own work (annotation/other-outlet-works.ts): "S1, a CNN poll finds. S2,
 * The New Republic reports." leaves the poll's finding out of The New Republic's reach, while the reach
 * over a claim of people stays. Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe("a later outlet's closing credit and another outlet's work before it", () => {
  it('"S1, a CNN poll finds. S2, The New Republic reports.": the poll takes no New Republic', async () => {
    const text =
      'Most Oregon voters oppose paying for a new arena with public money, a CNN poll finds. Team officials say the arena would bring 3,000 jobs to the city, The New Republic reports.';
    const claims = await claimsWithVia(text);
    expect(claims[0].via).toEqual([]);
    expect(claims.at(-1)).toEqual({ claimants: ['Team officials'], via: ['New Republic'] });
  });

  it('"An NBC News analysis found S1. S2, the Guardian reports.": the analysis stays NBC News\'s own', async () => {
    const text =
      'An NBC News analysis found that rents in the city rose 30% in two years. Tenants say landlords have stopped making repairs, the Guardian reports.';
    const claims = await claimsWithVia(text);
    expect(claims[0]).toEqual({ claimants: ['NBC News'], via: [] });
    expect(claims.at(-1)).toEqual({ claimants: ['Tenants'], via: ['The Guardian'] });
  });
});
