/**
 * Names the tagger calls PERSON that are places by their shape or their governor
 * (src/ingest/entities/place-shaped-persons.ts), and charities whose names read as people
 * (the gazetteer); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('place-shaped names the tagger calls persons', () => {
  it('"residents of Dalbeck", "police in Harrowgate": the object of a place\'s people or offices is a place', async () => {
    const typed = await entityTypes(
      'Residents of Dalbeck fled their homes, the AP reports. Police in Harrowgate said the driver had been drinking. ' +
        'Mayor Lena Hofstra told reporters that the levees would hold. A letter from Omar Haddad said the dam was unsafe.',
    );
    expect(typed).toMatchObject({ Dalbeck: 'Place', Harrowgate: 'Place', 'Lena Hofstra': 'Person', 'Omar Haddad': 'Person' });
  });

  it('"Mount Kessra", "Saint-Aubrac-sur-Mer": a place\'s first word, or a name joined by a lowercase particle', async () => {
    const typed = await entityTypes(
      'Mount Kessra erupted again Sunday, the civil defense agency said. Residents of Saint-Aubrac-sur-Mer said the water rose in minutes.',
    );
    expect(typed).toMatchObject({ 'Mount Kessra': 'Place', 'Saint-Aubrac-sur-Mer': 'Place' });
  });
});

describe('charities named like people', () => {
  it('"Doctors Without Borders", "Reporters Without Borders" are organizations, not groups', async () => {
    const typed = await entityTypes(
      'Doctors Without Borders said the clinic had been hit twice, the AP reports. Reporters Without Borders said the journalist had been detained.',
    );
    expect(typed).toMatchObject({ 'Doctors Without Borders': 'Organization', 'Reporters Without Borders': 'Organization' });
  });
});
