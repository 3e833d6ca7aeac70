/**
 * A speaker's second verb of saying joined by "and" to the verb of the first content, whose subject is
 * the speaker ("admitted that she had misread X and called Y S2"), reads on its own
 * (src/ingest/attribution/boundaries/speaker-subjects.ts), on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('speaker subjects', () => {
  it('cuts "admitted that she had misread X and called Y S2" into two readings of one speaker', async () => {
    const text =
      'Governor Ann Patel admitted on Monday that she had misread the budget figures and called the audit a useful lesson for her whole staff.';
    expect(await namedContents(text)).toEqual([
      [['Ann Patel'], 'that she had misread the budget figures'],
      [['Ann Patel'], 'the audit a useful lesson for her whole staff'],
    ]);
  });

  it('cuts the first content when the speaker is named again as its subject', async () => {
    const text =
      'Mayor Lin Ortiz insisted that Ortiz had never met the developer and said the permit was approved long before the election.';
    const found = await namedContents(text);
    expect(found).toContainEqual([['Lin Ortiz'], 'that Ortiz had never met the developer']);
    expect(found).toContainEqual([['Lin Ortiz'], 'the permit was approved long before the election']);
  });
});
