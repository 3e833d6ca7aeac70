/**
 * "The toll plan is facing sharp criticism from many county officials": a stance received in the
 * progressive is held by its giver, as with "faces" (frames/received-stances.ts); on real CoreNLP
 * parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents as readings } from '../support/parsed-attributions.ts';

describe('a stance received in the progressive', () => {
  it('"X is facing criticism from Y" is Y\'s criticism of X', async () => {
    const text = 'The toll plan is facing sharp criticism from many county officials.';
    expect(await readings(text)).toContainEqual([['many county officials'], 'The toll plan']);
  });
});
