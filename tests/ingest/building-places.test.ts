/**
 * A name the tagger calls PERSON that is the "in" object of a hospital, prison or hotel is a place
 * (src/ingest/entities/place-shaped-persons.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('places that hold a building', () => {
  it('"the prison in Garrett", "a hotel in Mortimer": places; the warden who spoke: a person', async () => {
    const typed = await entityTypes(
      'Two guards at the prison in Garrett said the doors were open. Warden Olena Marchuk told the Ledger that a nurse at a hotel in Mortimer treated them.',
    );
    expect(typed).toMatchObject({ Garrett: 'Place', Mortimer: 'Place', 'Olena Marchuk': 'Person' });
  });
});
