/**
 * A title the tagger took into a person's name is no part of the name
 * (src/ingest/entities/leading-titles.ts), and a name the parser cut ("Pastor Dale Hardy", "Hardy"
 * read as an adverb) is still the person's (cutPersonName in src/ingest/entities/source-entities.ts); real
 * CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';
import { entityTypes } from '../support/entity-types.ts';

describe('titles before names', () => {
  it('"Bishop Teresa Okafor said" names Teresa Okafor', async () => {
    const typed = await entityTypes('Bishop Teresa Okafor said the diocese would cover the funeral costs.');
    expect(typed).toMatchObject({ 'Teresa Okafor': 'Person' });
    expect(typed).not.toHaveProperty('Bishop Teresa Okafor');
  });

  it('"Coach Ray Hardy said" is Ray Hardy speaking, not "Coach Ray"', async () => {
    const claims = await namedClaims('Coach Ray Hardy said the team would appeal the ban.');
    expect(claims.map((c) => c.claimants)).toEqual([['Ray Hardy']]);
  });
});
