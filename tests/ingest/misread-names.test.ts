/**
 * Programme and magazine names the parser reads as words of the sentence (src/ingest/nlp/joined-names.ts):
 * "said on CBS's Face the Nation that S", "tells Us Weekly that S", "said on NBC's Today show", on real
 * CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';
import { joinMisreadNames } from '../../src/ingest/nlp/joined-names.ts';

/** Published on Friday, 2017-02-24. */
const PUBLISHED = '2017-02-24T12:00:00-06:00';

async function claims(text: string): Promise<Array<{ claimants: string[]; via: string[]; saidOn?: string }>> {
  return (await namedClaims(text, PUBLISHED)).map(({ evidence: _evidence, ...rest }) => rest);
}

describe('a programme or magazine name the parser misreads', () => {
  it('is sent as one word of the same length, so offsets still index the text', () => {
    const text = 'She said on Face the Nation and told Us Weekly, then the Today show.';
    const joined = joinMisreadNames(text);
    expect(joined).toBe('She said on Face_the_Nation and told Us_Weekly, then the Today_show.');
    expect(joined).toHaveLength(text.length);
    expect(joinMisreadNames('We face the nation we have and meet the press today.')).toBe(
      'We face the nation we have and meet the press today.',
    );
  });

  it('"said on CBS\'s Face the Nation that S": the claim, through the network', async () => {
    expect(await claims("The governor said on CBS's Face the Nation that the pension fund was short of cash.")).toEqual([
      { claimants: ['governor'], via: ['CBS News'] },
    ]);
  });

  it('"tells Us Weekly that S": the claim, through the magazine', async () => {
    expect(await claims('The singer tells Us Weekly that the band will tour again in the fall.')).toEqual([
      { claimants: ['singer'], via: ['Us Weekly'] },
    ]);
  });

  it('"told the Today show": through the show, and "Today" dates nothing', async () => {
    expect(await claims('The chef told the Today show that his restaurant would reopen in April.')).toEqual([
      { claimants: ['chef'], via: ['Today show'] },
    ]);
  });
});
