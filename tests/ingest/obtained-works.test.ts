/**
 * A work an outlet obtained, read in a later sentence that opens on it ("In it, X says S"), gives the
 * claim the outlet as via (src/ingest/annotation/obtained-works.ts). Real CoreNLP parses of sentences
 * written for these tests in the style of Newser's summaries.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('a work an outlet obtained', () => {
  it('"The Post obtained a letter from X. In it, X says S" gives the claim the Post as via', async () => {
    expect(
      await claimWith(
        'The Washington Post obtained a letter from Mayor Piet Varga. In it, Varga says the plant will close in June.',
        'plant',
      ),
    ).toEqual({ claimants: ['Piet Varga'], via: ['The Washington Post'] });
  });

  it('"Emails obtained by the AP show S. In one, X says S2" and "In the recording" do the same', async () => {
    expect(
      await claimWith(
        'Emails obtained by the AP show the aide was warned twice. In one, the aide, Lena Varga, says she feared for her job.',
        'feared',
      ),
    ).toEqual({ claimants: ['Lena Varga'], via: ['Associated Press'] });
    expect(
      await claimWith('CNN obtained a recording of the call. In the recording, the governor tells aides the vote was rigged.', 'rigged'),
    ).toEqual({ claimants: ['governor'], via: ['CNN'] });
  });

  it("leaves a video of the speaker's own and a statement alone, and reads a copy of the memo", async () => {
    expect(await claimWith('Mayor Piet Varga released a video on Monday. In it, he says the plant will close in June.', 'plant')).toEqual({
      claimants: ['Piet Varga'],
      via: [],
    });
    expect(
      await claimWith('The Washington Post obtained the memo. In a statement, the minister said the memo was a draft.', 'draft'),
    ).toEqual({ claimants: ['minister'], via: [] });
    expect(
      await claimWith('Reuters obtained a copy of the memo. In it, the minister says the border will close on Friday.', 'border'),
    ).toEqual({ claimants: ['minister'], via: ['Reuters'] });
  });
});
