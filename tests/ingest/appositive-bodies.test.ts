/**
 * "In a statement defending Ortiz, Lind's office said S": the parser hung the office on Ortiz in
 * apposition and left "said" with no subject. Someone's office or campaign is no description of the
 * name before it (as "Ortiz, a spokeswoman for X" is): it speaks.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a body in apposition right before the cue', () => {
  it('is the speaker, not the name it was hung on', async () => {
    const text = "In a statement defending Ortiz, Lind's office said she would keep her post.";
    expect(await claimantsOf(text, 'she would keep her post')).toEqual(["Lind's office"]);
  });
});
