/**
 * "Governor Ortiz, who also toured the coast this week, tweeted, “S”": the parser lost the sentence's
 * frame at the relative clause set off after the speaker and hung "tweeted" on a word of the clause or
 * of the quotation, with no subject. The noun the clause describes speaks.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a speech verb after a set-off relative clause the parser broke', () => {
  it('credits the noun the clause describes, after an opening phrase', async () => {
    const text = 'On Saturday morning, Governor Lena Ortiz, who has nearly 3 million followers, tweeted, "The storm is over."';
    expect(await claimantsOf(text, 'The storm is over')).toEqual(['Lena Ortiz']);
  });

  it('credits it when the verb hangs on the quotation', async () => {
    const text = 'Governor Ortiz, who also toured the coast this week, tweeted, "Thank you, Galveston!"';
    expect(await claimantsOf(text, 'Thank you, Galveston')).toEqual(['Ortiz']);
  });
});
