/**
 * "praised X, then says S2": a comma and "then" join the speaker's second verb of saying as "and"
 * does, so the first content ends before the comma (src/ingest/attribution/boundaries/joined-speech-verbs.ts),
 * on a real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('verbs of saying joined by ", then"', () => {
  it('cuts "praised X, then says S2" into two readings of one speaker', async () => {
    const text = 'Ruiz praised the crews for the new bridge, then says the next one will be cheaper.';
    const found = await namedContents(text);
    expect(found).toContainEqual([['Ruiz'], 'the crews for the new bridge']);
    expect(found).toContainEqual([['Ruiz'], 'the next one will be cheaper']);
  });
});
