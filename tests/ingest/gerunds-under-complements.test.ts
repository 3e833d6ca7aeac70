import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a gerund of saying the parser hung under its own complement', () => {
  it('credits the subject of the clause above with the complement after "by saying", "by declaring"', async () => {
    for (const [text, content, speaker] of [
      ['The senator ended the long feud by saying she would back the nominee in November.', 'she would back the nominee', 'senator'],
      ['The governor closed the hearing by declaring he could not sign the budget.', 'he could not sign the budget', 'governor'],
    ]) {
      expect(await claimantsOf(text, content), text).toEqual([expect.stringContaining(speaker)]);
    }
  });
});
