/**
 * A name the tagger calls PERSON that modifies "residents" or "villagers" is a place
 * (src/ingest/entities/resident-compounds.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function types(text: string): Promise<Record<string, string>> {
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  return Object.fromEntries(annotation.entities.map((e) => [e.name, e.type]));
}

describe('places named before their people', () => {
  it('"Kafr Tibna residents said": a place; "Obama aides said": a person', async () => {
    const typed = await types(
      'Kafr Tibna residents said the shelling lasted all night, the Observatory reports. Obama aides said the trip was off.',
    );
    expect(typed).toMatchObject({ 'Kafr Tibna': 'Place', Obama: 'Person' });
  });
});
