/**
 * The day of a speaker's occasion the parser hung on the verb's object (src/ingest/annotation/object-occasion-days.ts).
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

const TUESDAY = '2023-02-28';

describe('an occasion and its day hung on the object', () => {
  it.each([
    // the announcing is dated, and the plain saying after it takes its day (next-saying-days.ts)
    [
      'Chief executive Eli Sandor announced the cuts in a memo on Tuesday. He said the company had hired too fast during the boom.',
      [TUESDAY, TUESDAY],
    ],
    // a speaker's own occasion on the object of any verb
    ['The minister denied the claims in a statement on Tuesday.', [TUESDAY]],
    ['Warden Piet Oduya rejected the plan in a letter to the county board on Tuesday.', [TUESDAY]],
    // not a day before the occasion, the object's own
    ["Mayor Tova Brin announced Tuesday's closures in a memo.", [undefined]],
    // not a report the object sits in
    ['The minister denied the claims in a report on Tuesday.', [undefined]],
  ])('%s', async (text, days) => {
    expect(await saidOnDates(text)).toEqual(days);
  });
});
