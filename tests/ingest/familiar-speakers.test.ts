/**
 * An unnamed speaker qualified by what it knows, closing a sentence ("…, two people familiar with the
 * budget told Reuters."), is read off the words (src/ingest/attribution/credits/familiar-speakers.ts).
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('an unnamed speaker qualified by what it knows', () => {
  it('"S, three people familiar with the talks told ESPN." (parsed as an apposition of "16 teams")', async () => {
    expect(await claimWith('The league will expand to 16 teams, three people familiar with the talks told ESPN.', '16 teams')).toEqual({
      claimants: ['three people familiar with the talks'],
      via: ['ESPN'],
    });
  });
});
