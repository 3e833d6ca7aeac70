/**
 * A name the tagger calls a person after "the island of" is a place (OF_PLACE_NOUN in
 * src/ingest/entities/place-shaped-persons.ts); real CoreNLP parses of a text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('an island named after "the island of"', () => {
  it('"the island of Coll" is a place', async () => {
    expect(await entityTypes('Ferries to the island of Coll were cancelled on Monday, the operator said.')).toMatchObject({
      Coll: 'Place',
    });
  });
});
