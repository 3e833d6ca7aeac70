/**
 * ", saying floods have been ignored": the tagger can take a participle after a comma for an adjective
 * of the reported clause's subject; the participle then reads that clause, for the speaker before the
 * comma (src/ingest/attribution/frames/comma-participles.ts), on a real CoreNLP parse of a sentence
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('participles read as adjectives of a clause subject', () => {
  it('reads "criticized X, saying floods have been ignored" as two readings of one speaker', async () => {
    const text = 'Mayor Ana Ruiz criticized the river plan, saying floods have been ignored for years.';
    const found = await namedContents(text);
    expect(found).toContainEqual([['Ana Ruiz'], 'the river plan']);
    expect(found).toContainEqual([['Ana Ruiz'], 'floods have been ignored for years']);
  });
});
