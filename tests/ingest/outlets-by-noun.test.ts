/**
 * Outlets the gazetteer does not know, recognised by the noun that introduces them ("Polish
 * television station TVN", "Spanish news agency EFE": annotation/outlet-phrases.ts) or by their
 * name's head ("the Tacoma Ledger": entities/organization-kinds.ts), on real CoreNLP parses of sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia as claims } from '../support/named-claims.ts';

describe('an outlet named after the noun that says what it is', () => {
  it('is the listener\'s outlet without "the" before the noun ("told Polish television station TVN")', async () => {
    expect(await claims('The minister told Polish television station TVN that the border would stay closed.')).toEqual([
      { claimants: ['minister'], via: ['TVN'] },
    ]);
  });

  it('is a news agency, not any agency ("told Spanish news agency EFE"; not "told federal agency FEMA")', async () => {
    expect(await claims('The envoy told Spanish news agency EFE that the talks were over.')).toEqual([
      { claimants: ['envoy'], via: ['EFE'] },
    ]);
    expect(await claims('The governor told federal agency FEMA that the levee had failed.')).toEqual([
      { claimants: ['governor'], via: [] },
    ]);
  });
});

describe('an outlet named by its head', () => {
  it('is a Ledger or a Review ("told the Tacoma Ledger")', async () => {
    expect(await claims('The coach told the Tacoma Ledger that the team would rebuild.')).toEqual([
      { claimants: ['coach'], via: ['Tacoma Ledger'] },
    ]);
  });
});
