/**
 * A name that only modifies a common noun ("the Harmon mill", "the Harmon administration") is not
 * the person a later "he" or "she" stands for, on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('names that modify a noun', () => {
  it('gives "he" the man pressed on the layoffs, not the name of the mill', async () => {
    const text = 'Voters pressed Paul Brandt on the layoffs at the Harmon mill. He said the new plant would hire again in March.';
    expect(await claimantsOf(text, 'the new plant would hire')).toEqual(['Paul Brandt']);
  });

  it('gives "he" the man questioned, not the name of an administration', async () => {
    const text =
      'A teacher in the crowd questioned Paul Brandt about the mills closed during the Harmon administration. He said the new plant would hire again in March.';
    expect(await claimantsOf(text, 'the new plant would hire')).toEqual(['Paul Brandt']);
  });
});
