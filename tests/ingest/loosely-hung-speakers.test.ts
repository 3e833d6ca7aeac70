/**
 * A speaker described by a common noun or a count word after a subjectless verb of saying, which the
 * parser took for the verb's object while hanging the quotation before it loosely
 * (src/ingest/attribution/frames/loosely-hung-speakers.ts), on real CoreNLP parses of sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a described speaker after a loosely hung quotation', () => {
  it('speaks when a count word and a noun follow the verb', async () => {
    const text = 'The chair called for a voice vote. (“I am not looking for a brawl,” said one county delegate.)';
    expect(await claimantsOf(text, 'I am not looking for a brawl')).toEqual(['one county delegate']);
  });

  it('speaks when a lone count word follows the verb', async () => {
    const text = '"Keep an eye on Dunmore since she said the seat matters more than her job," tweeted another.';
    expect(await claimantsOf(text, 'Keep an eye on Dunmore')).toEqual(['another']);
  });
});
