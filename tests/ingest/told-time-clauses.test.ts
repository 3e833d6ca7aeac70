/**
 * A clause the parser hangs as parataxis after a telling's listener and its day
 * (attribution/frames/listener-clauses.ts): "X told NBC News last week she would sign it" is X's claim
 * through NBC News. Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a told clause after the listener and the day', () => {
  it('"Stone told NBC News last week she would sign the bill": her claim through NBC News', async () => {
    const text =
      'Gov. Mia Stone said in a Facebook post that taxes would fall. Stone told NBC News last week she would sign the bill in April.';
    expect(await claimsWithVia(text)).toEqual([
      { claimants: ['Mia Stone'], via: [] },
      { claimants: ['Mia Stone'], via: ['NBC News'] },
    ]);
  });

  it('a sentence of its own after the day stays the writer\'s: "told CNN on Monday. He was tired."', async () => {
    const text = 'Coach Lou Brandt spoke to CNN on Monday. He was tired, and the team had lost four straight games.';
    expect(await claimsWithVia(text)).toEqual([]);
  });
});
