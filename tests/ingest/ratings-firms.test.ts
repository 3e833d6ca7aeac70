/**
 * Ratings and polling firms are cited for their figures, not outlets (the gazetteer's kind); on real
 * CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('ratings and polling firms', () => {
  it('"Nielsen said", "according to YouGov": an organization of no media kind', async () => {
    const typed = await entityKinds(
      'Nielsen said the finale of Harbor Lights drew 14 million viewers, Variety reports. ' +
        'According to YouGov, Senator Ella Brandt leads by three points, Politico reports.',
    );
    expect(typed).toMatchObject({ Nielsen: 'Organization/OTHER', YouGov: 'Organization/OTHER', Variety: 'Organization/MEDIA' });
  });
});
