/**
 * A name the tagger calls PERSON that modifies "stadium", "base" or "dam" in a definite phrase is a
 * place (src/ingest/entities/facility-compounds.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('places named after people', () => {
  it('"the Odalys Ferrante stadium": a place; the goalkeeper who spoke: a person', async () => {
    const typed = await entityTypes(
      'Fans filled the Odalys Ferrante stadium on Saturday, the Herald reports. Goalkeeper Teodor Vasku said the pitch was flooded.',
    );
    expect(typed).toMatchObject({ 'Odalys Ferrante': 'Place', 'Teodor Vasku': 'Person' });
  });
});
