/**
 * Names the tagger calls PERSON that an appositive calls a town or a village, or that fighters
 * capture or shell (src/ingest/entities/place-appositives.ts, taken-places.ts); on real CoreNLP
 * parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('places the tagger calls persons, by what the sentence says of them', () => {
  it('"Tarvesh, a rebel-held town north of Qalmun": an appositive headed by a place noun', async () => {
    const typed = await entityTypes(
      'Government jets bombed Tarvesh, a rebel-held town north of Qalmun, activists told the AP. Mayor Ilyas Darwan said 12 people died. ' +
        'Ana Ruiz, a city councilwoman, said the vote was rigged.',
    );
    expect(typed).toMatchObject({ Tarvesh: 'Place', 'Ilyas Darwan': 'Person', 'Ana Ruiz': 'Person' });
  });

  it('"Rebels captured Dar Salima", "troops shelled Harem Jadid": what fighters take is a place', async () => {
    const typed = await entityTypes(
      'Rebels captured Dar Salima after a week of fighting, the Observatory said. Troops shelled Harem Jadid on Monday, per the AP.',
    );
    expect(typed).toMatchObject({ 'Dar Salima': 'Place', 'Harem Jadid': 'Place' });
  });

  it('"Regime forces pounded Telkessab and Dar Marfin", "seized Zamalka and Harzeh": a later conjunct is taken with the first', async () => {
    const typed = await entityTypes(
      'Regime forces pounded Telkessab and Dar Marfin on Sunday, activists said. Rebels seized Zamalka and Harzeh overnight.',
    );
    expect(typed).toMatchObject({ Telkessab: 'Place', 'Dar Marfin': 'Place', Zamalka: 'Place', Harzeh: 'Place' });
  });
});
