/**
 * A quotation finished by its own full stop is not the content of a next sentence's verb that reports
 * a clause of its own (src/ingest/attribution/quotes/closing-speakers.ts), on real CoreNLP parses of
 * sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a finished quotation before "X told Y S"', () => {
  it('stays with the speaker before it', async () => {
    const text =
      'Chef Ana Duarte said the soup had simmered for two days. "It needs time," she said. "You cannot rush a broth." A waiter told guests the bread had run out by noon, according to a review in the Harbor Gazette.';
    expect(await claimantsOf(text, 'You cannot rush a broth')).toEqual(['Ana Duarte']);
  });
});
