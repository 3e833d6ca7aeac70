/**
 * A verb of saying that the parser hung as a conjunct on the first verb's object or number joins that
 * verb and speaks for its subject (src/ingest/attribution/frames/conjunct-hosts.ts), on a real
 * CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a conjunct cue hung on a noun', () => {
  it("names the subject of the verb it joins ('X cut the debt to $9,000, but said S')", async () => {
    const text = 'Rita Vance cut the city’s debt to $9,000 in two years, but said the schools still needed more money.';
    expect(await claimantsOf(text, 'the schools still needed more money')).toEqual(['Rita Vance']);
  });
});
