/**
 * "A post on the mayor's Facebook page said S": a post, page or account speaks for whoever keeps it
 * (sources/account-owners.ts), named by its possessor or by "from", on real CoreNLP parses of sentences
 * written for this test; a platform alone keeps nothing.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

const KEPT: Array<[string, string, string]> = [
  [
    "Mayor Lena Brightwater said the ferry would run all winter. A post on the mayor's Facebook page said the crossing had carried 40,000 riders last year.",
    'the crossing had carried 40,000 riders',
    'Lena Brightwater',
  ],
  [
    "Councilman Otis Farrow's Instagram account said the recount had been rigged from the start.",
    'the recount had been rigged',
    'Otis Farrow',
  ],
  [
    'A tweet from Senator Priya Dhaliwal said the bridge money had already been spent.',
    'the bridge money had already been spent',
    'Priya Dhaliwal',
  ],
];

describe('the keeper of a post, page or account', () => {
  it.each(KEPT)('%s', async (text, content, keeper) => {
    expect(await claimantsOf(text, content)).toEqual([keeper]);
  });

  it('does not name the platform a post is on', async () => {
    const names = await claimantsOf('A post on Facebook said the school would close early on Friday.', 'the school would close early');
    expect(names ?? []).not.toContain('Facebook');
  });
});
