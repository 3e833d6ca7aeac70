/**
 * An outlet that spoke with a group of people carries the people who speak right after it
 * (src/ingest/annotation/asked-groups.ts). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('an outlet that asked a group', () => {
  it('"NPR spoke with truckers …. Drivers said S" gives their claim NPR as via', async () => {
    expect(
      await claimWith(
        'NPR spoke with truckers stranded at the Kaleva border crossing. Drivers said they had waited four days.',
        'four days',
      ),
    ).toEqual({ claimants: ['Drivers'], via: ['NPR'] });
  });
});
