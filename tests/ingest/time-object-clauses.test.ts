/**
 * "told X the same afternoon that S": the clause is the telling's, not a clause on the time noun
 * (src/ingest/attribution/frames/time-object-clauses.ts); real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extractAnnotation } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

const verbs = async (text: string) =>
  parseAnnotation(await extractAnnotation(text, {}, createCoreNlpClient(inject('corenlpUrl'))), 'test text').claims.map((c) => c.verb);

describe('a clause after a time phrase that follows the listener', () => {
  it('reads "told the crew the same afternoon that S" on "told"', async () => {
    const text = 'The harbour master, Lena Vogt, told the crew the same afternoon that the channel would stay closed.';
    expect(await verbs(text)).toEqual(['told']);
  });
});
