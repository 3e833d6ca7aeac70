/**
 * A live blog's page furniture glued into one token ("Dana ReyesFlagShareLikeReplyTom Ortiz") names
 * no one: a source whose words glue several capitalised words together is dropped
 * (sources/sources.ts); on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames as claimants } from '../support/parsed-attributions.ts';

describe('glued page furniture as a source', () => {
  it('names no one for "Dana ReyesFlagShareLikeReplyTom Ortiz said S"', async () => {
    const found = await claimants('Dana ReyesFlagShareLikeReplyTom Ortiz said the council would vote on the bridge in May.');
    expect(found.flat().filter((n) => /FlagShare/.test(n))).toEqual([]);
  });

  it('still names "Sen. Mitch McConnell" and "GoFundMe"', async () => {
    expect(await claimants('Sen. Mitch McConnell said the vote would wait. GoFundMe said the fund had closed.')).toEqual([
      ['Mitch McConnell'],
      ['GoFundMe'],
    ]);
  });
});
