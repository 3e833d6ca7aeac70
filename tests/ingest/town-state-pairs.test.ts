/**
 * The state after a town, which the tagger calls PERSON (src/ingest/entities/town-state-pairs.ts); on
 * real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function types(text: string): Promise<Record<string, string>> {
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  return Object.fromEntries(annotation.entities.map((e) => [e.name, e.type]));
}

describe('"Town, State"', () => {
  it('"sent to Iguala, Guerrero, after the killings": the state is a place; a speaker after a fronted phrase is not', async () => {
    const typed = await types(
      'A gendarmerie unit was sent to Iguala, Guerrero, after the killings, Excelsior reports. ' +
        'Speaking in Tampico, Lorenzo Aldama, the state governor, said the road was safe.',
    );
    expect(typed).toMatchObject({ Iguala: 'Place', Guerrero: 'Place', 'Lorenzo Aldama': 'Person' });
  });
});
