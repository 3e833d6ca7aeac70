/**
 * An audit, a review, an assessment or an evaluation can be a claim's source when it reports a clause
 * (src/ingest/attribution/sources/findings-papers.ts), on real CoreNLP parses of sentences written for
 * this test: before, the cue lexicon did not know the nouns and the claim was dropped.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a findings paper as the source', () => {
  it('speaks for an audit that found something', async () => {
    const text = 'A county audit released Tuesday found that the library had overpaid its cleaning contractor for six years.';
    expect(await claimantsOf(text, 'the library had overpaid')).toEqual(['A county audit']);
  });

  it('not for what the paper looked at', async () => {
    const text = 'The agency runs six offices, and the review covered complaints made between 2015 and 2019.';
    expect(await claimantsOf(text, 'complaints made between')).toBeUndefined();
  });
});
