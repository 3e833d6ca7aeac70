/**
 * "A letter sent out by X warned S" read by the parser with "sent" as the sentence's verb and the letter
 * as its subject: the one who sent the letter speaks, not the letter.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a reduced relative the parser made the main verb', () => {
  it('credits the sender named in the "by" phrase', async () => {
    const text =
      'Also, a fundraising letter sent out by Lind on Sunday night warned of the long race ahead: "Nine counties vote in the next two weeks, and every one of them matters."';
    expect(await claimantsOf(text, 'Nine counties vote')).toEqual(['Lind']);
  });
});
