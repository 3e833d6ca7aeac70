/**
 * ', saying S' that the parser hangs on the reported clause's verb as a discourse word is read as a
 * cue of the clause the comma closes (src/ingest/attribution/frames/comma-participles.ts), on real
 * CoreNLP parses of sentences written for this test: before, the claim was dropped.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a participle the parse hangs as a discourse word', () => {
  it('speaks for the subject before the comma', async () => {
    const text = 'The singer apologized in an Instagram story Friday night, saying she had let her fans down.';
    expect(await claimantsOf(text, 'she had let her fans down')).toEqual(['The singer']);
  });
});
