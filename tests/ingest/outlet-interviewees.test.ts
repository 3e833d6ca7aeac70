/**
 * The person an outlet spoke to speaks through it in the rest of the paragraph
 * (src/ingest/annotation/outlet-interviewees.ts). Real CoreNLP parses of sentences written for
 * these tests in the style of Newser's summaries.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('an outlet that asked someone', () => {
  it('"The Times spoke to X. She said S" gives her claim the Times as via', async () => {
    expect(
      await claimWith(
        "The New York Times spoke to the pilot's sister, Mara Venn. She said her brother had complained about the plane.",
        'complained',
      ),
    ).toEqual({ claimants: ['Mara Venn'], via: ['The New York Times'] });
  });

  it('"CNN interviewed X. He said S" and "the AP reached X" do the same', async () => {
    expect(await claimWith('CNN interviewed the mayor of Ostrel, Piet Varga. He said the dam would hold.', 'dam')).toEqual({
      claimants: ['Piet Varga'],
      via: ['CNN'],
    });
    expect(
      await claimWith('The Associated Press reached Lena Stroud at her home in Bexley. She said she had not heard from her son.', 'heard'),
    ).toEqual({ claimants: ['Lena Stroud'], via: ['Associated Press'] });
  });

  it('leaves another paragraph, another speaker and a statement alone', async () => {
    expect(await claimWith('The Times spoke to Dora Kell in March.\n\nGovernor Ivo Marsh said the clinic would close.', 'clinic')).toEqual({
      claimants: ['Ivo Marsh'],
      via: [],
    });
    expect(
      await claimWith(
        'The Times interviewed Governor Ivo Marsh in March. Marsh said in a statement on Friday that the clinic would close.',
        'clinic',
      ),
    ).toEqual({ claimants: ['Ivo Marsh'], via: [] });
  });

  it('"X sat down with ABC News. X will quit, according to the interview" gives her claims the outlet that got the interview', async () => {
    const text =
      'Champion rower Nell Akers sat down with ABC News a week after her capsize on the Severn. Akers will not row again, according to the interview aired Tuesday. She said her shoulder had been rebuilt twice.';
    expect(await claimWith(text, 'not row again')).toEqual({ claimants: ['Nell Akers'], via: ['ABC News'] });
    expect(await claimWith(text, 'shoulder')).toEqual({ claimants: ['Nell Akers'], via: ['ABC News'] });
  });
});
