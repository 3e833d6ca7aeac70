/**
 * A surname the tagger calls a place when it stands alone is the person named in full before it
 * (src/ingest/entities/mistagged-surnames.ts); on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('surnames tagged as places', () => {
  it('"Coach Dana Ostrava … Ostrava said S": the coach, not the city', async () => {
    const typed = await entityTypes('Coach Dana Ostrava was fired Sunday. Ostrava said she had no regrets, the AP reports.');
    expect(typed).toMatchObject({ 'Dana Ostrava': 'Person' });
    expect(typed).not.toHaveProperty('Ostrava');
  });

  it('"Michael Jordan … Jordan said S": the player, not the country', async () => {
    const typed = await entityTypes(
      'Michael Jordan has sold his stake in the team. Jordan said he wanted to spend more time with his family, ESPN reports.',
    );
    expect(typed).not.toHaveProperty('Jordan');
  });
});
