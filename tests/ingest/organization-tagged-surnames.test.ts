/**
 * A surname the tagger calls an organization when it stands alone is the person named in full
 * before it (src/ingest/entities/mistagged-surnames.ts); on a real CoreNLP parse of a text written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('surnames tagged as organizations', () => {
  it('"Principal Pema Tashi … , Tashi says": the principal, no organization', async () => {
    const typed = await entityTypes(
      'Principal Pema Tashi told NDTV the school has never taken state money. Parents have raised 2 million rupees for lawyers, Tashi says.',
    );
    expect(typed).toMatchObject({ 'Pema Tashi': 'Person' });
    expect(typed).not.toHaveProperty('Tashi');
  });
});
