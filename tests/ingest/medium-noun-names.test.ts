/**
 * A medium's noun with a name after it (src/ingest/entities/medium-noun-names.ts): "according to local outlet
 * the Mining Journal, S" is the named outlet's claim, on real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('a medium named by its noun and then its name', () => {
  it('"According to local outlet the Harbor Gazette, S": the paper, not a group called "local outlet"', async () => {
    expect(await claimsWithVia('According to local outlet the Harbor Gazette, the cannery will close in the fall.')).toEqual([
      { claimants: ['Harbor Gazette'], via: [] },
    ]);
  });

  it('"according to the newspaper Marca, S": the paper, not an outlet called "newspaper"', async () => {
    expect(await claimsWithVia('According to the newspaper Marca, the striker will sign a new deal in July.')).toEqual([
      { claimants: ['Marca'], via: [] },
    ]);
  });

  it('a noun with no name after it is left as it was', async () => {
    expect(await claimsWithVia('According to a local outlet, the cannery will close in the fall.')).toEqual([
      { claimants: ['local outlet'], via: [] },
    ]);
  });
});
