/**
 * "S, per X" and an opening "As reported by X, S" credit X with S like "according to X"
 * (src/ingest/attribution/frames/as-reported.ts), on a real CoreNLP parse of a sentence written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a report named in a phrase on the clause', () => {
  it('reads "S, per X"', async () => {
    const text = 'The old paper mill will close its doors in May, per the Dayton Ledger.';
    expect(await claimantsOf(text, 'The old paper mill will close its doors in May')).toEqual(['the Dayton Ledger']);
  });

  it('reads an opening "As reported by X, S", which the parser hangs upside down', async () => {
    const text = 'As reported by the Dayton Ledger, the old paper mill will close its doors in May.';
    expect(await claimantsOf(text, 'the old paper mill will close its doors in May')).toEqual(['Dayton Ledger']);
  });
});
