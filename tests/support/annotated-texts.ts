/**
 * A text's annotation as the extraction makes it (real CoreNLP: the run's `corenlpUrl`), with the entity names and
 * a claim's claimants read from it, for the tests of entities and speakers.
 */
import { inject } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

export async function annotate(text: string): Promise<Annotation> {
  return parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
}

export const entityNames = (a: Annotation): string[] => a.entities.map((e) => e.name);

/** The claimant names of the first claim whose evidence holds `words` (none when no claim does). */
export function claimantsOf(a: Annotation, words: string): string[] {
  const claim = a.claims.find((c) => c.evidence.text.includes(words));
  return (claim?.claimants ?? []).map((id) => a.entities.find((e) => e.id === id)!.name);
}
