/**
 * An organization whose name holds another language's newspaper word is a news outlet
 * (src/ingest/entities/foreign-mastheads.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('newspapers named in other languages', () => {
  it('"Sueddeutsche Zeitung" and "La Jornada" are media; a company stays other', async () => {
    const kinds = await entityKinds(
      'Sueddeutsche Zeitung reported Friday that the minister had resigned. ' +
        'La Jornada reported that the governor knew of the raid. Gazprom said gas deliveries would resume Monday.',
    );
    expect(kinds).toMatchObject({
      'Sueddeutsche Zeitung': 'Organization/MEDIA',
      'La Jornada': 'Organization/MEDIA',
      Gazprom: 'Organization/OTHER',
    });
  });
});
