/**
 * The day a claim was said on, where it hangs away from the verb or belongs to something else
 * (src/ingest/annotation/said-on.ts, dates.ts), on real CoreNLP parses of sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

/** Published on Friday, 2017-02-24. */
const PUBLISHED = '2017-02-24T12:00:00-06:00';

describe('a day that is not the saying', () => {
  it('closes a relative clause on the speaker ("The treasurer, who toured the plant on Wednesday, said")', async () => {
    const toured = await namedClaims(
      'The treasurer, who toured the plant on Wednesday, said the factory would hire forty workers.',
      PUBLISHED,
    );
    expect(toured.map((c) => c.saidOn)).toEqual([undefined]);
    const fired = await namedClaims('The coach, who was fired Tuesday, said the team had been unfair to him.', PUBLISHED);
    expect(fired.map((c) => c.saidOn)).toEqual([undefined]);
  });
});
