/**
 * A quotation set as its own paragraph, its speaker named on the next line after a dash
 * (src/ingest/attribution/quotes/byline-speakers.ts), on a real CoreNLP parse of text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a quotation with its speaker on a dashed line below it', () => {
  it.each([
    ['"The new ferry dock will pay for itself within a decade."\n\n- Harbor commissioner Lena Ortiz.', 'Lena Ortiz'],
    ['"We will keep every branch library open on Sundays."\n\n-Mayor Tom Reyes, speaking at the fair.', 'Tom Reyes'],
  ])('is credited to the dashed name: %s', async (text, speaker) => {
    const names = (await claimantsOf(text, 'will')) ?? [];
    expect(names.join(' ')).toContain(speaker);
  });

  it('leaves a dashed name after a paragraph of plain prose alone', async () => {
    const text = 'The council met late on Tuesday and passed the harbor budget.\n\n- Lena Ortiz.';
    expect(await claimantsOf(text, 'council')).toBeUndefined();
  });
});
