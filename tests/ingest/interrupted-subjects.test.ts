/**
 * A name opening its clause, then a phrase set off by commas, then the verb ("Rep. X, D-Ore., who
 * faces S1, withdrew Y, saying S2"): the parser tangles the phrase and leaves the verb with no subject;
 * the name speaks (src/ingest/attribution/frames/interrupted-subjects.ts), on a real CoreNLP parse of
 * sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a name before a phrase set off by commas', () => {
  it("speaks for a participle after the phrase's tangled clause", async () => {
    const text =
      'Rep. Lena Marsh, D-Ore., who faces a hard race in her district, withdrew her backing of the plan, saying it lacks money for roads.';
    expect(await claimantsOf(text, 'it lacks money for roads')).toEqual(['Lena Marsh']);
  });

  it('speaks after an opening phrase, for a conjunct verb of saying too', async () => {
    const text =
      'Appearing before cheering supporters early Monday at KNP headquarters, Daw Khin, 70, said it was premature to name winners but added, “You all sense the count.”';
    expect(await claimantsOf(text, 'You all sense the count')).toEqual(['Daw Khin']);
  });
});
