/**
 * A predicate adjective's clause after a preposition is what its subject thinks of, whatever the
 * clause's verb form ("tired of being blamed"), not only a gerund (frames.ts `prepositionalClauses`),
 * on a real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe("a predicate adjective's clause after a preposition", () => {
  it('reads a passive clause after "of"', async () => {
    const text = 'Mayor Lena Ortiz was tired of being blamed for the flooding.';
    expect(await namedContents(text)).toContainEqual([['Lena Ortiz'], 'being blamed for the flooding']);
  });
});
