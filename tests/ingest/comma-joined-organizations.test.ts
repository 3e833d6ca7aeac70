/**
 * A body's name that lists its fields with a comma ("Ministry of Culture, Sports and Tourism") is
 * one organization and one claimant (src/ingest/nlp/comma-joined-organizations.ts), and a body's name
 * with a comma or "and" stays whole inside a description of its staff ("Inspectors from …":
 * src/ingest/attribution/sources/source-phrases.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';
import { entityTypes } from '../support/entity-types.ts';

describe('a body named with a comma', () => {
  it('"the Ministry of Culture, Sports and Tourism said" names the whole ministry', async () => {
    const text = 'The lantern festival drew two million visitors this year, the Ministry of Culture, Sports and Tourism said.';
    const claim = (await namedClaims(text)).find((c) => c.evidence.includes('lantern'));
    expect(claim?.claimants).toEqual(['Ministry of Culture, Sports and Tourism']);
    const typed = await entityTypes(text);
    expect(typed).toMatchObject({ 'Ministry of Culture, Sports and Tourism': 'Organization' });
    expect(typed).not.toHaveProperty('Sports and Tourism');
  });

  it('"Inspectors from the Bureau of Mines, Safety and Reclamation said" keeps the bureau whole in the description', async () => {
    const text = 'Inspectors from the Bureau of Mines, Safety and Reclamation said the shaft had been sealed in 2019.';
    const claim = (await namedClaims(text)).find((c) => c.evidence.includes('shaft'));
    expect(claim?.claimants).toEqual(['Inspectors from the Bureau of Mines, Safety and Reclamation']);
  });

  it('"Officials at the Department of Parks and Recreation said" keeps the department whole after "and" too', async () => {
    const claims = await namedClaims('Officials at the Department of Parks and Recreation said the pool would reopen in June.');
    expect(claims.map((c) => c.claimants)).toEqual([['Officials at the Department of Parks and Recreation']]);
  });
});
