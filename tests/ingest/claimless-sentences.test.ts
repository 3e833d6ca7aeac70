/**
 * A closing credit reaches back over the claims before it only while no sentence of plain narration
 * stands between (src/ingest/annotation/claimless-sentences.ts), on real CoreNLP parses of sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('how far back a closing credit reaches', () => {
  it("a narrated sentence in between: the quote before it is not the outlet's", async () => {
    const text =
      '"We were lucky nobody was inside," said fire chief Ronan Dupree. The barn had stood empty since the autumn. ' +
      'Investigators believe a faulty heater started the blaze, CNN reports.';
    expect(await claimWith(text, 'nobody was inside')).toEqual({ claimants: ['Ronan Dupree'], via: [] });
    expect(await claimWith(text, 'faulty heater')).toEqual({ claimants: ['Investigators'], via: ['CNN'] });
  });

  it('claims right before the credit still take its outlet', async () => {
    const text =
      '"We were lucky nobody was inside," said fire chief Ronan Dupree. ' +
      'Investigators believe a faulty heater started the blaze, CNN reports.';
    expect(await claimWith(text, 'nobody was inside')).toEqual({ claimants: ['Ronan Dupree'], via: ['CNN'] });
  });
});
