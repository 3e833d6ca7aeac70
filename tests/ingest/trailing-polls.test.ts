/**
 * A poll named after the clause whose finding it is (src/ingest/attribution/frames/trailing-polls.ts),
 * on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a trailing poll', () => {
  it("names the survey when a time phrase follows it ('X has led Y in every survey this spring, often by N')", async () => {
    const text = 'The senator has led her young challenger in nearly every statewide survey this spring, often by wide margins.';
    expect(await claimantsOf(text, 'her young challenger')).toEqual(['nearly every statewide survey']);
  });

  it("names an average of polls like one poll ('X leads Y by N points in the Z average of polls')", async () => {
    const text = 'Ortiz leads Hale by seven points, 44% to 37%, in the Ledger average of county polls.';
    expect(await claimantsOf(text, 'Ortiz leads Hale')).toEqual(['the Ledger average of county polls']);
  });
});
