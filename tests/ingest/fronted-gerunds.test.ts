/**
 * A gerund opening its sentence after "in", "after", "by"… speaks for the subject of the clause after
 * its phrase (src/ingest/attribution/frames/fronted-gerunds.ts), on real CoreNLP parses of sentences
 * written for this test: in both the parser breaks the sentence up so that climbing the tree from the
 * gerund reaches no subject.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a gerund opening the sentence after a preposition', () => {
  it('speaks for the subject after a conjunction and "after"', async () => {
    const text =
      'But after focusing her energy on questions such as the opioid crisis gripping mill towns, Ortiz delivered a speech Sunday that resonated with farmers.';
    expect(await claimantsOf(text, 'the opioid crisis gripping mill towns')).toEqual(['Ortiz']);
  });

  it('speaks for the subject when the phrase holds no-break spaces, as web text does', async () => {
    const text = 'After mocking the Courier for linking to\u00a0a column\u00a0about his latest diet, Tom Baker doubled down.';
    expect(await claimantsOf(text, 'the Courier for linking')).toEqual(['Tom Baker']);
  });
});
