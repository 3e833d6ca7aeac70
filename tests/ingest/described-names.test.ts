/**
 * A description ("the bank", "the company") stands for an organization named before only when the
 * name agrees with its noun (src/ingest/attribution/sources/described-names.ts), on real CoreNLP parses of
 * texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a description agrees with the name it stands for', () => {
  it('"the bank" passes over a ministry named after the bank', async () => {
    const text =
      'Harrow Capital cut its forecast for growth on Tuesday. Separately, the Health Ministry reported 300 new cholera cases in Mombasa. ' +
      'The bank said that inflation would ease by the end of the year.';
    expect(await claimantsOf(text, 'inflation would ease')).toEqual(['Harrow Capital']);
  });

  it('"the company" passes over a government department named after the company', async () => {
    const text =
      'Brennan Foods recalled 40 tons of frozen spinach on Friday. The Agriculture Department ordered an inspection of its plant in Ohio. ' +
      'The company said that no one had fallen ill.';
    expect(await claimantsOf(text, 'no one had fallen ill')).toEqual(['Brennan Foods']);
  });

  it('"the company" stays a description when only a party was named', async () => {
    const text = 'The Labor Party lost four seats in the vote on Sunday. The company said that the new bridge would open in May.';
    expect(await claimantsOf(text, 'the new bridge would open')).toEqual(['The company']);
  });
});
