/**
 * A quotation followed by its own speaker's clause is that speaker's, not the previous speaker's
 * (src/ingest/attribution/quotes/closing-speakers.ts), on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a quotation closed by its own speaker', () => {
  it.each([
    [
      'Several council members backed the transit plan at a hearing on Monday. "Did the mayor ever ask us? Never," said one longtime member of the budget committee.',
      'Did the mayor ever ask us',
      'Several council members',
    ],
    [
      'The mayor defended the budget at a news conference on Tuesday. "Will the new bridge open before winter?" Dana Whitfield asked the mayor.',
      'Will the new bridge open',
      'The mayor',
    ],
    [
      'Council member Rosa Pike praised the plan in an interview. "Vote for the bridge, vote for the city!!!," the county party chairman Tom Hale wrote on Twitter.',
      'Vote for the bridge',
      'Rosa Pike',
    ],
  ])('is not credited to the speaker before it: %s', async (text, quotation, previous) => {
    expect((await claimantsOf(text, quotation)) ?? []).not.toContain(previous);
  });

  it('is credited to the speaker its closing clause names', async () => {
    const text =
      'The mayor defended the budget at a news conference on Tuesday. "Will the new bridge open before winter?" Dana Whitfield asked the mayor.';
    expect(await claimantsOf(text, 'Will the new bridge open')).toEqual(['Dana Whitfield']);
  });

  it('still continues the previous speaker when no speaker follows it', async () => {
    const text = 'Rosa Pike said the bridge would open in May. "We have waited long enough for this."';
    expect(await claimantsOf(text, 'We have waited long enough')).toEqual(['Rosa Pike']);
  });
});
