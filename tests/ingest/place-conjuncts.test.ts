/**
 * A name the tagger calls PERSON, joined by "and" to a place under a preposition of place, is a
 * place (src/ingest/entities/place-conjuncts.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('places joined to places', () => {
  it('"into Opelousas and Eunice", "the villages of Kafr Nabl and Tal Mardikh" are places; a reporter in a list stays a person', async () => {
    const kinds = await entityKinds(
      'Volunteers drove sandbags into Opelousas and Eunice overnight. Shelling hit the villages of Kafr Nabl and Tal Mardikh. ' +
        'Reporting by Dana Ortiz in Tucson and Mark Fellowes in Reno.',
    );
    expect(kinds).toMatchObject({
      Eunice: 'Place',
      'Tal Mardikh': 'Place',
      'Mark Fellowes': 'Person',
    });
  });
});
