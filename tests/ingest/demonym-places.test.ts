/**
 * A country the tagger calls PERSON whose people's adjective the article uses
 * (src/ingest/entities/demonym-places.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('countries known by their demonym', () => {
  it('"Velmora denied … The Velmoran foreign ministry said": a place, not a person', async () => {
    const typed = await entityTypes(
      'Velmora has denied sending troops across the border. The Velmoran foreign ministry said its forces were on exercises, the BBC reports.',
    );
    expect(typed).toMatchObject({ Velmora: 'Place' });
  });

  it('"Carvena expelled two diplomats, and Carvenese officials said": -ese', async () => {
    const typed = await entityTypes('Carvena expelled two diplomats Tuesday, and Carvenese officials said more would follow, per Reuters.');
    expect(typed).toMatchObject({ Carvena: 'Place' });
  });
});
