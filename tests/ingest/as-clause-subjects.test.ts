/**
 * "X is no surprise, as Y has criticized Z for S": the parser can take "as" for a preposition, hang
 * Y on the main clause and leave the cue with no subject; Y, right before the cue, is its speaker.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('an "as" clause whose subject the parser hung on the main clause', () => {
  it("gives the cue that subject, not the main clause's", async () => {
    const text = 'These numbers are not surprising, as city councilor Dana Ruiz (D-Ward 4) has criticized Lind for ignoring the bus lines.';
    expect(await claimantsOf(text, 'ignoring the bus lines')).toEqual(['Dana Ruiz']);
  });
});
