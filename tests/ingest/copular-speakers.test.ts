/**
 * A 'to' clause on a noun that a copula says the speaker is ("Lena Cho was one of the first to
 * praise S", "The first lawmaker to endorse S was Rep. Dana Whitfield"): the speaker is the
 * copula's subject or its predicate name, not the role noun the parser hung the clause on
 * (frames/copular-speakers.ts); on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames as claimants } from '../support/parsed-attributions.ts';

describe('a speaker a copula names', () => {
  it('"X, a former aide, was one of the first to praise S" is X\'s', async () => {
    expect(await claimants('Lena Cho, a former aide to Gov. Ruiz, was one of the first to praise the deal.')).toEqual([['Lena Cho']]);
  });

  it('"The first lawmaker to endorse S was NAME" is the name\'s', async () => {
    expect(await claimants('The first lawmaker to endorse the plan was Rep. Dana Whitfield of Ohio.')).toEqual([['Dana Whitfield']]);
  });
});
