/**
 * A longer form that joins another name to a short one is not the short name's fullest form
 * (src/ingest/attribution/sources/joined-name-forms.ts), on real CoreNLP parses of sentences written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a short name beside a joined form', () => {
  it('is not widened to a hyphenated pair of names', async () => {
    const text =
      'Ostrander-Wendt signs went up in Barre. Maria Ostrander chose Paul Wendt in May. Ostrander-Wendt volunteers fanned out. Wendt said the ticket would carry the county.';
    expect(await claimantsOf(text, 'the ticket would carry the county')).toEqual(['Paul Wendt']);
  });

  it('is not widened by a party word before a one-word body', async () => {
    const text =
      'The Senate met on Tuesday. Critics of the GOP Senate gathered outside. The Senate said it would vote on the bill in March.';
    expect(await claimantsOf(text, 'it would vote on the bill in March')).toEqual(['Senate']);
  });
});
