/**
 * An organization's one-word name the article writes bare is its own name, not a short form of a
 * longer name ending in it (src/ingest/attribution/sources/bare-organization-names.ts), on real
 * CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe("an organization's bare one-word name", () => {
  it('is not widened to another group named after it', async () => {
    const text =
      'Twitter said on Friday that it closed 900 fake accounts. A group calling itself Northern Twitter posted threats. Twitter said the accounts broke its rules.';
    expect(await claimantsOf(text, 'it closed 900 fake accounts')).toEqual(['Twitter']);
    expect(await claimantsOf(text, 'the accounts broke its rules')).toEqual(['Twitter']);
  });
});
