/**
 * An occasion the parser hangs on the verb's object (annotation/object-occasions.ts): "X confirmed the
 * split in a statement to People, saying S" is X's claim through People, as "said in a statement to
 * People" is. Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe("an occasion hung on the verb's object", () => {
  it('"confirmed the split in a statement to People, saying S": through People', async () => {
    const text =
      'Singer Nora Vale and actor Tim Brook have split. Vale confirmed the split in a statement to People, saying the two would stay friends.';
    const claims = await claimsWithVia(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c).toEqual({ claimants: ['Nora Vale'], via: ['People magazine'] });
  });

  it('"denied the allegations in a statement to the AP, saying S": the saying through the AP', async () => {
    const text = 'Coach Ann Hale denied the allegations in a statement to the Associated Press, saying she had never seen the emails.';
    const claims = await claimsWithVia(text);
    expect(claims.at(-1)).toEqual({ claimants: ['Ann Hale'], via: ['Associated Press'] });
  });

  it('a report the object sits in is no occasion: "denied the allegations in a Post report"', async () => {
    const text = 'Coach Ann Hale denied the allegations in a Washington Post report, saying she had never seen the emails.';
    for (const c of await claimsWithVia(text)) expect(c.via).toEqual([]);
  });
});
