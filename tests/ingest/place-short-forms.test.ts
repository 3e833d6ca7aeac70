/**
 * A name the tagger calls PERSON that shortens a mountain's or river's name is that place
 * (src/ingest/entities/place-short-forms.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('places shortened to their own name', () => {
  it('"Mount Dallow … Dallow": a place', async () => {
    const typed = await entityTypes(
      'Two climbers were stuck on Mount Dallow for a night, the Herald reports. "Dallow nearly beat us," guide Piet Annerl told the Herald.',
    );
    expect(typed).toMatchObject({ Dallow: 'Place', 'Piet Annerl': 'Person' });
  });

  it('a surname a person of the text holds stays a person', async () => {
    const typed = await entityTypes(
      'Fishing was banned on Lake Harrow this week. Anna Harrow, who runs the marina, said the water was too warm. Harrow told the Herald that the ban would last a month.',
    );
    expect(typed).toMatchObject({ 'Anna Harrow': 'Person' });
    expect(typed.Harrow ?? 'Person').toBe('Person');
  });
});
