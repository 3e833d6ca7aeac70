/**
 * The state after a town, which the tagger calls PERSON (src/ingest/entities/town-state-pairs.ts); on
 * real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('"Town, State"', () => {
  it('"sent to Iguala, Guerrero, after the killings": the state is a place; a speaker after a fronted phrase is not', async () => {
    const typed = await entityTypes(
      'A gendarmerie unit was sent to Iguala, Guerrero, after the killings, Excelsior reports. ' +
        'Speaking in Tampico, Lorenzo Aldama, the state governor, said the road was safe.',
    );
    expect(typed).toMatchObject({ Iguala: 'Place', Guerrero: 'Place', 'Lorenzo Aldama': 'Person' });
  });
});
