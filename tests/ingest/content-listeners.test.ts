/**
 * "X told the AP S" with no "that": the parser hangs the outlet inside the content, and it is still the
 * claim's via (src/ingest/attribution/credits/content-listeners.ts). Real CoreNLP parses of a sentence
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('a listener the parser hung inside the content', () => {
  it('"Lark\'s mother told the AP her daughter S" gives the AP as via', async () => {
    expect(await claimWith("Lark's mother told the AP her daughter had always been tough.", 'tough')).toEqual({
      claimants: ["Lark's mother"],
      via: ['Associated Press'],
    });
  });
});
