/**
 * A name the tagger calls PERSON after "near" or "outside" is a place
 * (src/ingest/entities/place-shaped-persons.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('places after "near" and "outside"', () => {
  it('"a checkpoint near Dera Ghazi Khan" and "massed outside Mahmoud Haddad" are places', async () => {
    const kinds = await entityKinds(
      'Gunmen attacked a police checkpoint near Dera Ghazi Khan on Tuesday, officials said. Troops massed outside Mahmoud Haddad on Friday.',
    );
    expect(kinds).toMatchObject({ 'Dera Ghazi Khan': 'Place', 'Mahmoud Haddad': 'Place' });
  });
});
