/**
 * "Asked whether she would run again, the mayor said no": a speech or thought verb whose whole
 * content is one answer word (no, yes, so) reports that word (frames/one-word-answers.ts); on
 * real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents as readings } from '../support/parsed-attributions.ts';

describe('a one-word answer', () => {
  it('"Asked whether S, X said no" reads X\'s "no"', async () => {
    const text = 'Asked whether she would run again, Mayor Ann Ruiz said no.';
    expect(await readings(text)).toContainEqual([['Ann Ruiz'], 'no']);
  });

  it('"X thinks so" reads X\'s "so"', async () => {
    expect(await readings('Council member Ruth Okafor thinks so.')).toContainEqual([['Ruth Okafor'], 'so']);
  });
});
