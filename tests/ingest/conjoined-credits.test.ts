/**
 * An outlet's credit between commas before ", but …": the credit carries the clause before it, even
 * where the parser took "Reuters reports" for the speaker's complement (src/ingest/attribution/filters/
 * credit-word-contents.ts), and not the clause after it (credits/credit-before-conjunction.ts).
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a credit before a conjoined clause', () => {
  it('credits the clause before it when the parser hangs the credit under "say"', async () => {
    expect(await claimsWithVia('Rebels say they shelled the depot, Reuters reports, but the army denies it.')).toEqual([
      { claimants: ['Rebels'], via: ['Reuters'] },
      { claimants: ['army'], via: [] },
    ]);
  });

  it('gives no via to the clause after it', async () => {
    expect(
      await claimsWithVia('Villagers say the soldiers burned their homes, the BBC reports, but the governor calls the account false.'),
    ).toContainEqual({ claimants: ['governor'], via: [] });
  });
});
