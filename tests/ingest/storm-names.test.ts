/**
 * A storm's name is no person's (src/ingest/entities/storm-names.ts); on real CoreNLP parses of a
 * short text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('storms named like people', () => {
  it('"Typhoon Marisol struck … Marisol flattened S": no person; the mayor who spoke: a person', async () => {
    const typed = await entityTypes(
      'Typhoon Marisol struck the northern coast overnight, the Manila Bulletin reports. Marisol flattened hundreds of fishing huts before it weakened. Mayor Arturo Delgado said on Monday that no one had died.',
    );
    expect(typed).toMatchObject({ 'Arturo Delgado': 'Person' });
    expect(typed).not.toHaveProperty('Marisol');
    expect(typed).not.toHaveProperty('Typhoon Marisol');
  });
});

describe('storms named like places', () => {
  it('"Typhoon Kanoa tore through … “Kanoa was stronger than we expected”": no place "Kanoa"', async () => {
    const typed = await entityTypes(
      'Typhoon Kanoa tore through the northern Philippines on Sunday. "Kanoa was stronger than we expected," said Raffy Alejandro, a civil defense official in Manila.',
    );
    expect(typed).toMatchObject({ 'Raffy Alejandro': 'Person', Manila: 'Place' });
    expect(typed).not.toHaveProperty('Kanoa');
  });
});
