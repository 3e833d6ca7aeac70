/**
 * A name the tagger calls PERSON that modifies "residents" or "villagers" is a place
 * (src/ingest/entities/resident-compounds.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('places named before their people', () => {
  it('"Kafr Tibna residents said": a place; "Obama aides said": a person', async () => {
    const typed = await entityTypes(
      'Kafr Tibna residents said the shelling lasted all night, the Observatory reports. Obama aides said the trip was off.',
    );
    expect(typed).toMatchObject({ 'Kafr Tibna': 'Place', Obama: 'Person' });
  });
});
