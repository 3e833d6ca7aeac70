/**
 * A body's name with "and" inside, which the tagger cuts at the "and", is one organization and one
 * claimant (src/ingest/nlp/and-joined-organizations.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';
import { entityTypes } from '../support/entity-types.ts';

const TEXT =
  'Flooding closed the coast road near Carradale on Monday. Kintyre and Islay Council said the road would stay shut until spring.';

describe('a council named with "and"', () => {
  it('"Kintyre and Islay Council said" names one organization, not a place and "Islay Council"', async () => {
    const claim = (await namedClaims(TEXT)).find((c) => c.evidence.includes('stay shut'));
    expect(claim?.claimants).toEqual(['Kintyre and Islay Council']);
    const typed = await entityTypes(TEXT);
    expect(typed).toMatchObject({ 'Kintyre and Islay Council': 'Organization' });
    expect(typed).not.toHaveProperty('Islay Council');
  });
});
