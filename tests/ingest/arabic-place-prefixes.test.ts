/**
 * A name the tagger calls a person whose first word is an Arabic place-name word is a place
 * (src/ingest/entities/arabic-place-prefixes.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('Arabic place-name words', () => {
  it('"near Kafr Masud", "in Ain Korvash" are places; "Tal Brenner" stays a person', async () => {
    const typed = await entityTypes(
      'Soldiers were killed near Kafr Masud overnight, activists told Reuters. ' +
        'Fighting raged in Tal Hamra and Ain Korvash as rebels pushed north. Tal Brenner, a blogger, said the roads were closed.',
    );
    expect(typed).toMatchObject({ 'Kafr Masud': 'Place', 'Ain Korvash': 'Place', 'Tal Brenner': 'Person' });
  });

  it('"in Ras al-Mirwah" is a place; "Ras Baraka" stays a person', async () => {
    const typed = await entityTypes(
      'Three civilians were killed in Ras al-Mirwah on Friday, a monitoring group told the AFP. Ras Baraka said the city would sue.',
    );
    expect(typed).toMatchObject({ 'Ras al-Mirwah': 'Place', 'Ras Baraka': 'Person' });
  });

  it('"in Sidi Marwan" is a place; "Sidi Haddad, a teacher," stays a person', async () => {
    const typed = await entityTypes(
      'Protests broke out in Sidi Marwan on Friday after a vendor was beaten. Sidi Haddad, a teacher, said the police had fired tear gas.',
    );
    expect(typed).toMatchObject({ 'Sidi Marwan': 'Place', 'Sidi Haddad': 'Person' });
  });
});
