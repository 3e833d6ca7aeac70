/**
 * A broadcast's participle the parser made the cue dates no saying (src/ingest/annotation/airing-cues.ts).
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

/** Posted on Monday, 2023-03-06. */
const PUBLISHED = '2023-03-06T14:00:00-06:00';

async function dates(text: string): Promise<Array<string | undefined>> {
  const extraction = await extract(text, { publishedAt: PUBLISHED }, createCoreNlpClient(inject('corenlpUrl')));
  return parseAnnotation(extraction.annotation, 'test text').claims.map((c) => c.saidOn?.date);
}

describe('an interview aired on a day', () => {
  it('"X said in an interview aired Sunday that S": the airing day is not the saying\'s', async () => {
    expect(await dates('Councillor Bo Lund said in an interview aired Saturday that the vote had been fixed.')).toEqual([undefined]);
  });
});
