/**
 * The type and, for an organization, the kind of each entity a text's extraction makes, by name
 * ("Organization/MEDIA"), for the tests of entity typing (real CoreNLP: the run's `corenlpUrl`).
 */
import { inject } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

export async function entityKinds(text: string): Promise<Record<string, string>> {
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  return Object.fromEntries(annotation.entities.map((e) => [e.name, e.kind ? `${e.type}/${e.kind}` : e.type]));
}
