/**
 * Outlets Newser credits that neither NER nor the gazetteer knew as outlets: a local station by its
 * call sign ("…, WRAL reports", "told WFAA"), and fashion, celebrity and opinion publications ("in an
 * essay for Vogue", "told Newsmax"). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';
import { isCallSign } from '../../src/ingest/entities/stations.ts';

const claims = claimsWithVia;

describe('a station named by its call sign', () => {
  it('is four letters from K or W, or three with a band; not an acronym of the same shape', () => {
    expect(['KTLA', 'WRAL', 'WFAA-TV', 'KSL-TV', 'WTOP-FM'].filter(isCallSign)).toHaveLength(5);
    expect(['KSL', 'WHO', 'WNBA', 'KPMG', 'Kraft', 'KTLA5'].filter(isCallSign)).toEqual([]);
  });

  it('carries the claim its closing credit reports ("…, WRAL reports"), instead of taking it over', async () => {
    expect(await claims('The deputy said the boat capsized near the pier, KOMO reports.')).toEqual([
      { claimants: ['deputy'], via: ['KOMO'] },
    ]);
  });

  it('is the listener of a telling ("told WFAA that S")', async () => {
    expect(await claims('The fire chief told WJXT that the blaze started in a kitchen.')).toEqual([
      { claimants: ['fire chief'], via: ['WJXT'] },
    ]);
  });
});

describe('a magazine or site the gazetteer knows now', () => {
  it('is the via of a claim written for it or told to it ("in an essay for Vogue", "tells Newsmax")', async () => {
    expect(await claims('The designer writes in an essay for Vogue that the gala had lost its way.')).toEqual([
      { claimants: ['designer'], via: ['Vogue'] },
    ]);
    expect(await claims('The congressman tells Newsmax that the vote will be close.')).toEqual([
      { claimants: ['congressman'], via: ['Newsmax'] },
    ]);
  });
});
