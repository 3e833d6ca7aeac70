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

  it('cuts the first content when its subject is no person ("said the outage was triggered by X and urged Y to S2")', async () => {
    const text = 'The agency said the outage was triggered by a faulty cable and urged residents to report any further problems.';
    expect(await namedContents(text)).toEqual([
      [['The agency'], 'the outage was triggered by a faulty cable'],
      [['The agency'], 'residents to report any further problems'],
    ]);
  });

  it('keeps one content when another person is its subject ("noted that Briggs had backed X and called it S2")', async () => {
    const text = 'Councilwoman Dana Reyes noted that Tom Briggs had backed the bill in 2019 and called it a fair deal for renters.';
    expect(await namedContents(text)).toEqual([
      [['Dana Reyes'], 'that Tom Briggs had backed the bill in 2019 and called it a fair deal for renters'],
    ]);
  });
});
