/**
 * A work "from" a named author speaks for it (src/ingest/entities/work-authors.ts): "Tuesday's statement from USA
 * Track & Field said S", on real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

/** Published on Thursday, 2021-04-15. */
const PUBLISHED = '2021-04-15T10:00:00-05:00';

async function claims(text: string): Promise<Array<{ claimants: string[]; via: string[]; saidOn?: string }>> {
  return (await namedClaims(text, PUBLISHED)).map(({ evidence: _evidence, ...rest }) => rest);
}

describe('a work from a named author', () => {
  it('"Wednesday\'s statement from Procter & Gamble said S": the company, on Wednesday', async () => {
    expect(await claims("Wednesday's statement from Procter & Gamble said the soap plant would stay open.")).toEqual([
      { claimants: ['Procter & Gamble'], via: [], saidOn: '2021-04-14' },
    ]);
  });

  it('"A letter from the Sierra Club says S": the club', async () => {
    expect(await claims('A letter from the Sierra Club says the new dam will hurt the salmon runs.')).toEqual([
      { claimants: ['Sierra Club'], via: [] },
    ]);
  });
});
