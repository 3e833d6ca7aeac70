/**
 * Attributions no one is said to make (src/ingest/attribution/filters/unattributed.ts): found, with no
 * claimant, on real CoreNLP parses of texts written for this test; the graph keeps no claim of theirs.
 */
import { describe, expect, inject, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('attributions with no claimant', () => {
  it('"X is expected to S": found, naming no one', async () => {
    const text = 'Mayor Ann Porter spoke in Dayton on Monday. The city council is expected to approve the new budget on Tuesday.';
    expect(await claimantsOf(text, 'approve the new budget')).toEqual([]);
  });

  it('"It appears that S": found, naming no one', async () => {
    const text = 'Mayor Ann Porter spoke in Dayton on Monday. It appears that the bridge will open in May after all.';
    expect(await claimantsOf(text, 'the bridge will open')).toEqual([]);
  });

  it('"X was accused of S", "it was reported that S": found, naming no one', async () => {
    const text =
      'Governor Tom Baker was accused of hiding the inspection report from the council. It was reported that the new bridge would open in May.';
    expect(await claimantsOf(text, 'hiding the inspection report')).toEqual([]);
    expect(await claimantsOf(text, 'the new bridge would open')).toEqual([]);
  });

  it('"X was asked about S": found, naming no one (X was asked)', async () => {
    const text = 'Governor Tom Baker was asked about the new stadium during a radio interview on Friday.';
    expect(await claimantsOf(text, 'the new stadium')).toEqual([]);
  });

  it('"Asked whether S, X said S2": the question names no one, the answer is X\'s', async () => {
    const text = 'Asked whether the bridge would open in May, Mayor Ann Porter said the work was on schedule.';
    expect(await claimantsOf(text, 'whether the bridge would open')).toEqual([]);
    expect(await claimantsOf(text, 'the work was on schedule')).toEqual(['Ann Porter']);
  });

  it('"Asked by X whether S, Y said": X asks, not Y', async () => {
    const text = 'Asked by reporters whether the bridge would open in May, Mayor Ann Porter said the work was on schedule.';
    expect(await claimantsOf(text, 'whether the bridge would open')).toEqual(['reporters']);
  });

  it('the graph keeps no claim without a claimant, and does not credit the question to the one asked', async () => {
    const text = 'Asked whether the bridge would open in May, Mayor Ann Porter said the work was on schedule.';
    const a = (await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation;
    expect(a.claims.map((c) => c.evidence.text).filter((t) => t.includes('whether the bridge'))).toEqual([]);
    expect(a.claims.some((c) => c.evidence.text.includes('the work was on schedule'))).toBe(true);
  });
});
