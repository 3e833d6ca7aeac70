import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('"That\'s according to X" after a statement', () => {
  it('credits X, without the pronoun and its copula, with the pronoun that stands for the statement', async () => {
    for (const text of [
      'The county spent more on roads than on parks last year. That’s according to preliminary figures from an audit released on Friday.',
      "The county spent more on roads than on parks last year. That's according to preliminary figures from an audit released on Friday.",
    ]) {
      expect(await namedContents(text), text).toContainEqual([['preliminary figures from an audit'], expect.stringMatching(/^That/)]);
    }
  });
});
