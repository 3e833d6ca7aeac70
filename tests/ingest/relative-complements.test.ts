/**
 * A clause whose subject is a relative word before the cue's subject, hung loosely on the cue by the
 * parser ("a deadline that clerks said went unnoticed"), is what the cue reports
 * (src/ingest/attribution/frames/relative-complements.ts), on a real CoreNLP parse of a sentence
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a relative clause reported by the cue inside it', () => {
  it('reads the loose clause after the cue as its content', async () => {
    const text =
      'Every applicant had to file forms by May 2, a deadline that several county clerks said went unnoticed across several rural precincts.';
    expect(await namedContents(text)).toEqual([[['several county clerks'], 'went unnoticed across several rural precincts']]);
  });
});
