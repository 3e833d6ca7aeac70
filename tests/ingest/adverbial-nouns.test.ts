/**
 * "In a sharp attack on the council, the mayor called the budget reckless": a stance noun in a
 * verb's "with" or "in" phrase is the stance of that verb's subject (frames/adverbial-nouns.ts);
 * on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents as readings } from '../support/parsed-attributions.ts';

describe('a stance noun in a "with" or "in" phrase', () => {
  it('"In a sharp attack on X, Y called ..." reads Y\'s attack on X', async () => {
    const text = 'In a sharp attack on the council, Mayor Ann Ruiz called the budget reckless.';
    expect(await readings(text)).toContainEqual([['Ann Ruiz'], 'the council']);
  });

  it('"X closed his tour in a long rant against Y" reads X\'s rant against Y', async () => {
    const text = 'Senator Tom Reyes closed his tour in a long rant against county officials.';
    expect(await readings(text)).toContainEqual([['Tom Reyes'], 'county officials']);
  });

  it('not a letter answered "in response to"', async () => {
    expect(await readings('The clerk wrote back within a week in response to a letter from the auditor.')).not.toContainEqual([
      ['The clerk'],
      'a letter from the auditor',
    ]);
  });
});
