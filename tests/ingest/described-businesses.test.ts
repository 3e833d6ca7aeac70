/**
 * A one-word name a business's (or a party's) noun describes is that business's
 * (src/ingest/entities/described-businesses.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';
import { entityTypes } from '../support/entity-types.ts';

describe('a business named after its noun', () => {
  it('"The operator, Skyrail, said" is Skyrail speaking, an organization', async () => {
    const text = 'The operator, Skyrail, said trains would resume Monday.';
    expect((await namedClaims(text))[0]?.claimants).toEqual(['Skyrail']);
    expect(await entityTypes(text)).toMatchObject({ Skyrail: 'Organization' });
  });

  it('"the fitness app Pulsefit" makes "Pulsefit said" an organization\'s; "The crane operator, Ray Dunn," stays a person', async () => {
    const typed = await entityTypes(
      'Hackers broke into the fitness app Pulsefit last week. Pulsefit said no card numbers were taken. The crane operator, Ray Dunn, said the cable snapped.',
    );
    expect(typed).toMatchObject({ Pulsefit: 'Organization', 'Ray Dunn': 'Person' });
  });

  it('"The opposition party Ventall said" is Ventall speaking, an organization', async () => {
    const text = 'The opposition party Ventall said it would boycott the vote. Ventall has twelve seats.';
    expect((await namedClaims(text))[0]?.claimants).toEqual(['Ventall']);
    expect(await entityTypes(text)).toMatchObject({ Ventall: 'Organization' });
  });
});
