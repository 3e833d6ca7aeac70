/**
 * A work an outlet published, which the parser takes for a second object of "told", is no outlet the
 * speaker told (src/ingest/annotation/work-listeners.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a work after "told reporters"', () => {
  it('gives no via for "told reporters the Reuters account was accurate"', async () => {
    expect(await claimsWithVia('Mayor Dan Kessel told reporters the Reuters account was accurate.')).toEqual([
      { claimants: ['Dan Kessel'], via: [] },
    ]);
  });
});
