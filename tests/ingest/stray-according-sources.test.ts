/**
 * "S, according to X, a title." / "According to a University of Y/Y Courier poll, S": the parser hung the source of
 * "according to" on a comma or on a word of its own phrase, so no clause stood above it; the rest of the sentence
 * on the far side of the phrase is still what the source reports.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('an "according to" source hung on no clause', () => {
  it('credits a source the parser hung on the comma before it with the clause before', async () => {
    const text =
      'While it is not rare for hospitals to sign NDAs with vendors and set ground rules for staff contacts with reporters, not all hospitals require nurses to sign them, according to Paula Grant, a health lawyer.';
    expect(await claimantsOf(text, 'not all hospitals require nurses')).toEqual(['Paula Grant']);
  });

  it('credits a poll whose name the parser split with the clause after its comma', async () => {
    const text =
      'According to an online University of Utah/Utah Tribune poll out Monday, the governor and the rancher each have the support of 35 percent of likely Republican voters in the state.';
    expect(await claimantsOf(text, 'the governor and the rancher each have')).toEqual(['an online University of Utah']);
  });
});
