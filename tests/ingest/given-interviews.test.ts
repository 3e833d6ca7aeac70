/**
 * An interview given to an outlet ("gave her account to the BBC", "sat down with Fox News") makes the
 * outlet the via of the teller's claims after it in the paragraph (src/ingest/annotation/given-interviews.ts).
 * Real CoreNLP parses of sentences written for these tests in the style of Newser's summaries.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('an interview given to an outlet', () => {
  it('"X gave her account to the BBC. She said S" gives her claim the BBC as via', async () => {
    expect(await claimWith('Mara Voss, 34, gave her account to the BBC. She said the guards had beaten her brother.', 'guards')).toEqual({
      claimants: ['Mara Voss'],
      via: ['BBC'],
    });
  });

  it('"gave an interview to CNN" and "sat down with Fox News" do the same', async () => {
    expect(
      await claimWith('Senator Ida Morrow gave an interview to CNN on Tuesday. She said she would not back the bill.', 'bill'),
    ).toEqual({ claimants: ['Ida Morrow'], via: ['CNN'] });
    expect(
      await claimWith('Governor Lena Stroud sat down with Fox News on Sunday. Stroud said the state had run out of money.', 'money'),
    ).toEqual({ claimants: ['Lena Stroud'], via: ['Fox News'] });
  });

  it('leaves a speech to a club alone, and carries an interview', async () => {
    expect(await claimWith('Senator Ida Morrow gave her account to the BBC. She said she would not back the bill.', 'bill')).toEqual({
      claimants: ['Ida Morrow'],
      via: ['BBC'],
    });
    expect(
      await claimWith('Senator Ida Morrow gave a speech to the Rotary Club on Tuesday. She said she would not back the bill.', 'bill'),
    ).toEqual({ claimants: ['Ida Morrow'], via: [] });
  });

  it('"according to an interview his brother gave to the BBC" makes the BBC the via of the brother\'s claim', async () => {
    expect(
      await claimWith('The jailed poet Arkady Lenz has lost 20 pounds, according to an interview his brother gave to the BBC.', 'pounds'),
    ).toEqual({ claimants: ["Arkady Lenz's brother"], via: ['BBC'] });
    const speech = await claimWith(
      'The jailed poet Arkady Lenz has lost 20 pounds, according to a speech his brother gave to the Rotary Club.',
      'pounds',
    );
    expect(speech?.via).toEqual([]);
  });
});
