/**
 * A person's name set off by commas after an organization's name is the speaker, not a description of
 * the organization (src/ingest/attribution/frames/stranded-subjects.ts), on real CoreNLP parses of
 * sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a name in apposition to an outlet that quoted its speaker', () => {
  it('speaks, not the outlet', async () => {
    const text = 'A plumber quoted by NPR, Joe Kaplan, said he gets the call every winter.';
    expect(await claimantsOf(text, 'he gets the call every winter')).toEqual(['Joe Kaplan']);
  });
});
