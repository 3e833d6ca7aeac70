/**
 * "Governor Tom Reyes shares this dim view of the plan": a present-tense verb the tagger read as a
 * plural noun, with a subject before it and an object after it, is read as the verb it is
 * (frames/plural-noun-verbs.ts); on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents as readings } from '../support/parsed-attributions.ts';

describe('a verb tagged as a plural noun', () => {
  it('"X shares this dim view of Y" is X\'s', async () => {
    const text = 'Governor Tom Reyes shares this dim view of the plan.';
    expect(await readings(text)).toContainEqual([['Tom Reyes'], 'this dim view of the plan']);
  });
});
