/**
 * A name the tagger finds in an adjective names no entity (src/ingest/entities/adjective-mentions.ts);
 * on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('adjectives tagged as names', () => {
  it('"Jewish and Muslim leaders gathered": no person "Muslim"; the city and the imam stay', async () => {
    const typed = await entityTypes(
      'Jewish and Muslim leaders gathered in Pittsburgh on Sunday for a vigil. "Our neighbors are not alone," said Imam Hassan Rahimi.',
    );
    expect(typed).toMatchObject({ Pittsburgh: 'Place', 'Hassan Rahimi': 'Person' });
    expect(typed).not.toHaveProperty('Muslim');
  });

  it('"Pro-Trump and anti-Trump demonstrators clashed": no person "Pro-Trump", nor "President Trump" joined to it', async () => {
    const typed = await entityTypes(
      '(Newser) - Pro-Trump and anti-Trump demonstrators clashed in downtown Portland on Saturday night, the Oregonian reports. Mayor Ted Wheeler blamed President Trump for the violence.',
    );
    expect(typed).toMatchObject({ Portland: 'Place', 'Ted Wheeler': 'Person', Trump: 'Person' });
    expect(typed).not.toHaveProperty('Pro-Trump');
  });
});
