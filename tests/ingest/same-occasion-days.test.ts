/**
 * A saying at "the same" occasion takes the day of the speaker's saying before it
 * (src/ingest/annotation/same-occasion-days.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { saidOnDates } from '../support/said-on-dates.ts';

describe('"In the same remarks, he said S" takes the earlier saying\'s day', () => {
  it('"X said Friday S1. In the same interview, she said S2": both Friday', async () => {
    expect(
      await saidOnDates(
        'Harbor commissioner Lena Strand said Friday that the pier would close for repairs. In the same interview, she said the ferry fares would not rise.',
      ),
    ).toEqual(['2023-03-03', '2023-03-03']);
  });

  it('a later saying without "the same" that says when of its own ("She later said") stays undated', async () => {
    expect(
      await saidOnDates(
        'Harbor commissioner Lena Strand said Friday that the pier would close for repairs. She later said the ferry fares would not rise.',
      ),
    ).toEqual(['2023-03-03', undefined]);
  });
});
