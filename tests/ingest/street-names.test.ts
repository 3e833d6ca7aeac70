/**
 * A name the tagger calls PERSON that a street word opens or closes is a place
 * (src/ingest/entities/street-names.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('streets named after people', () => {
  it('"the Rue Paul Verlaine": a place; the baker who spoke: a person', async () => {
    const typed = await entityTypes(
      'Water mains burst under the Rue Paul Verlaine in Lyon on Monday, Le Progres reports. Margot Vidal, who runs a bakery there, said her shop was flooded.',
    );
    expect(typed).toMatchObject({ 'Paul Verlaine': 'Place', 'Margot Vidal': 'Person' });
  });
});
