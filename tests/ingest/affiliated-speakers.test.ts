/**
 * "X of the Y said" where the parse makes the organisation the subject: the person speaks
 * (src/ingest/attribution/sources/affiliated-speakers.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

describe('a person named with their organisation', () => {
  it('"Ben Ruiz of Public Health Watch said S" is Ben Ruiz\'s claim, not the group\'s', async () => {
    const claims = await namedClaims('Ben Ruiz of Public Health Watch said the price was still too high.');
    expect(claims.map((c) => c.claimants)).toEqual([['Ben Ruiz']]);
  });
});
