/**
 * "X is, as the Guardian puts it, "S"": an "as … puts it" clause set inside the clause it credits, where the
 * parser hangs the words after it under its closing comma (src/ingest/attribution/frames/interrupting-as-tails.ts),
 * on real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

describe('an "as X puts it" clause inside the clause it credits', () => {
  it('credits the whole clause to the outlet, which then carries the people after it', async () => {
    const list = await namedClaims(
      'The old ferry is, as the Guardian puts it, "a floating museum" on the Tamar. Its skipper, Wyn Davies, said it would sail until 2030.',
    );
    expect(list.map(({ claimants, via }) => ({ claimants, via }))).toEqual([
      { claimants: ['The Guardian'], via: [] },
      { claimants: ['Wyn Davies'], via: ['The Guardian'] },
    ]);
    expect(list[0].evidence).toContain('floating museum');
  });

  it("keeps the words the parser hung under the clause's closing comma", async () => {
    const list = await namedClaims('The bakery is, as the Guardian puts it, "a lifeline for the elderly" in Trevose.');
    expect(list.map(({ claimants, via }) => ({ claimants, via }))).toEqual([{ claimants: ['The Guardian'], via: [] }]);
    expect(list[0].evidence).toContain('lifeline for the elderly');
  });
});
