/**
 * A newspaper's name NER leaves untagged, read as an outlet where a listener or occasion stands
 * (src/ingest/annotation/outlet-phrases.ts): "in a note to the Observer", "told the Sentinel".
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('an untagged masthead', () => {
  it('is the outlet a note was given to ("In a note to the Observer, X said")', async () => {
    expect(await claimsWithVia('In a note to the Observer, the coach said the league had ignored the injuries.')).toEqual([
      { claimants: ['coach'], via: ['Observer'] },
    ]);
  });

  it('is no outlet when the name is an institution\'s ("told the Senate")', async () => {
    expect(await claimsWithVia('The coach told the Senate that the league had ignored the injuries.')).toEqual([
      { claimants: ['coach'], via: [] },
    ]);
  });
});
