/**
 * "X tweeted S1. He told the Guardian S2. Y said S3": the teller of an interview whose subject is a
 * pronoun is the person the telling claim names, so another named person speaking after it does not
 * take the outlet (src/ingest/annotation/outlet-passages.ts with other-interview-speakers.ts).
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('another speaker after a pronoun-told interview', () => {
  it('does not take the outlet ("He told the Guardian S. Safety chief Y said S")', async () => {
    expect(
      await claimsWithVia(
        'Miner Aksel Dahl tweeted on Sunday that "all of us are out." He told the Guardian that the shaft had flooded within minutes. Safety chief Ruth Okoye said the pumps had failed.',
      ),
    ).toEqual([
      { claimants: ['Aksel Dahl'], via: [] },
      { claimants: ['Aksel Dahl'], via: ['The Guardian'] },
      { claimants: ['Ruth Okoye'], via: [] },
    ]);
  });

  it('nor after "She told the Guardian S"', async () => {
    expect(
      await claimsWithVia(
        'Baker Lotte Wend posted on Instagram that the oven had cracked overnight. She told the Guardian that the bakery would close for a week. Inspector Raf Mols said the gas line was safe.',
      ),
    ).toEqual([
      { claimants: ['Baker Lotte Wend'], via: [] },
      { claimants: ['Baker Lotte Wend'], via: ['The Guardian'] },
      { claimants: ['Raf Mols'], via: [] },
    ]);
  });
});
