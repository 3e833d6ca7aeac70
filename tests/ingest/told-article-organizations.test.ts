/**
 * An organization named with another language's article and told a claim is an outlet
 * (src/ingest/entities/told-article-organizations.ts); real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('article-opened organizations told a claim', () => {
  it('credits "told Der Standard" as the via', async () => {
    expect(await claimsWithVia('Ski coach Anton Vieth told Der Standard that the race would be run again on Sunday.')).toEqual([
      { claimants: ['Anton Vieth'], via: ['Der Standard'] },
    ]);
  });
});
