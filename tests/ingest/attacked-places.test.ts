/**
 * A one-word name the tagger calls PERSON that a military operation is aimed at is a place
 * (src/ingest/entities/attacked-places.ts); on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('targets of military operations', () => {
  it('"launched an offensive on Marjeh": a place, not a person', async () => {
    const typed = await entityTypes('Troops launched an offensive on Marjeh at dawn, the Washington Post reports.');
    expect(typed).toMatchObject({ Marjeh: 'Place' });
  });

  it('"the assault on Dabrik", "the battle for Harzan": places', async () => {
    expect(await entityTypes('Rebels said the assault on Dabrik had stalled, Al Jazeera reports.')).toMatchObject({ Dabrik: 'Place' });
    expect(await entityTypes('The battle for Harzan entered its third week, the New York Times reports.')).toMatchObject({
      Harzan: 'Place',
    });
  });

  it('a noun named like an object property ("A constructor in Harlow said S") is looked up as a word: extraction does not throw', async () => {
    const typed = await entityTypes('A constructor in Harlow said the new bridge was safe, the Tribune reports.');
    expect(Object.keys(typed)).toContain('Harlow');
  });
});
