/**
 * The type of each entity a text's extraction makes, by name (real CoreNLP: the run's `corenlpUrl`),
 * for the tests of entity typing.
 */
import { inject } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

export async function entityTypes(text: string): Promise<Record<string, string>> {
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  return Object.fromEntries(annotation.entities.map((e) => [e.name, e.type]));
}
