/**
 * A programme whose name begins with a number ("60 Minutes") is found as the outlet of an interview
 * hung on the verb (src/ingest/annotation/outlet-phrases.ts `knownOutlet`). Real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('a programme named with a number', () => {
  it('"said in an interview with 60 Minutes that S"', async () => {
    expect(await claimWith('Port director Amy Cole said in an interview with 60 Minutes that the new locks were sound.', 'locks')).toEqual({
      claimants: ['Amy Cole'],
      via: ['60 Minutes'],
    });
  });
});
