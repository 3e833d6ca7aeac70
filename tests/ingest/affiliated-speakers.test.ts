/**
 * "X of the Y said" where the parse makes the organisation the subject (src/ingest/attribution/sources/affiliated-speakers.ts)
 * or the tagger makes it part of the person's name (src/ingest/nlp/person-affiliations.ts): the person speaks;
 * real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

describe('a person named with their organisation', () => {
  it('"Ben Ruiz of Public Health Watch said S" is Ben Ruiz\'s claim, not the group\'s', async () => {
    const claims = await namedClaims('Ben Ruiz of Public Health Watch said the price was still too high.');
    expect(claims.map((c) => c.claimants)).toEqual([['Ben Ruiz']]);
  });
});

describe('a person the tagger ran on into their organisation', () => {
  it('"Kevin Bright of Atlantic Dredging said S" is Kevin Bright\'s claim', async () => {
    const claims = await namedClaims('Kevin Bright of Atlantic Dredging said his company had offered to start in August.');
    expect(claims.map((c) => c.claimants)).toEqual([['Kevin Bright']]);
  });
});
