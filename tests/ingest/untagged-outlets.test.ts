/**
 * An outlet the gazetteer lists with its own article, written "the Guardian" and left untagged by NER
 * (src/ingest/entities/untagged-outlets.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it, inject } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { entityTypes } from '../support/entity-types.ts';

describe('an untagged outlet written with its article', () => {
  it('"Emails seen by the Guardian suggest S": the Guardian is the claimant', async () => {
    const { annotation } = await extract(
      'Emails seen by the Guardian suggest the Varnok firm knew of the leak.',
      {},
      createCoreNlpClient(inject('corenlpUrl')),
    );
    const name = (id: string) => annotation.entities.find((e) => e.id === id)?.name;
    expect(annotation.claims.map((c) => c.claimants.map(name))).toContainEqual(['The Guardian']);
  });

  it('"The Independent reviewed court filings": an outlet; "The Guardian angel statue", "The Independent candidate": none', async () => {
    expect(await entityTypes('The Independent reviewed court filings in the Tolbeck case.')).toMatchObject({
      'The Independent': 'Organization',
    });
    const statue = await entityTypes('The Guardian angel statue in Tolbeck was stolen, police said.');
    expect(statue).not.toHaveProperty('The Guardian');
    const candidate = await entityTypes('The Independent candidate Ray Dunmore won the Tolbeck seat.');
    expect(candidate).not.toHaveProperty('The Independent');
  });
});
