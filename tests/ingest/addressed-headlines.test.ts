import { describe, expect, it } from 'vitest';
import { claimantsOf, parsedAttributions } from '../support/parsed-attributions.ts';

describe('a headline naming its speaker and whom or what the speaker addresses before a colon', () => {
  it('credits the name before "on", "to" or "at" with the clause after the colon', async () => {
    for (const [text, content, speaker] of [
      ['Senator Ortega on the Port Expansion Vote: It Will Cost Too Much.', 'It Will Cost Too Much', 'Ortega'],
      ['Former Governor Hale to Young Voters: Your Ballot Still Matters.', 'Your Ballot Still Matters', 'Hale'],
      ['Mayor Lin at the Harbor Summit: The tunnel plan is dead.', 'The tunnel plan is dead', 'Lin'],
    ]) {
      expect(await claimantsOf(text, content), text).toEqual([expect.stringContaining(speaker)]);
    }
  });

  it('does not read a name after a verb opening the sentence as a headline speaker', async () => {
    expect(await parsedAttributions('Follow Dana Reyes on Instagram: @danareyes and more photos here.')).toEqual([]);
  });
});
