/**
 * "God bless X" closing a speech is a blessing, not a claim (src/ingest/attribution/filters/blessings.ts),
 * on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parsedAttributions } from '../support/parsed-attributions.ts';

describe('a blessing', () => {
  it('reads no claim in "God bless X"', async () => {
    for (const text of ['God bless Tarvick.', 'And God bless the people of Corville.']) {
      expect(await parsedAttributions(text), text).toEqual([]);
    }
  });
});
