/**
 * "People briefed on the plan said that S": the tagger read the participle "briefed" as a past tense,
 * so the parser made it the clausal subject of "said" with "People" as its subject. The people speak.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a reduced relative tagged as a past tense before the cue', () => {
  it('credits the noun the participle describes', async () => {
    const text = "People briefed on the plan said that it reflected the mayor's fear of a strike.";
    expect(await claimantsOf(text, 'it reflected the mayor')).toEqual(['People']);
  });

  it('credits it when nothing else in the sentence is read as a claim', async () => {
    const text = 'Officials briefed on the talks said that the deal reflected a shift in tone.';
    expect(await claimantsOf(text, 'the deal reflected a shift')).toEqual(['Officials']);
  });
});
