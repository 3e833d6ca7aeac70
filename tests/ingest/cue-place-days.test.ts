/**
 * The day hung on a place or medium the cue names (src/ingest/annotation/cue-place-days.ts). Real
 * CoreNLP parses of sentences written for these tests.
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

describe('a day hung on where the saying was made', () => {
  it('"X warned in a statement on its website Saturday that S"', async () => {
    expect(await dates('The port authority warned in a statement on its website Sunday that the ferry would be suspended.')).toEqual([
      '2023-03-05',
    ]);
  });

  it('"X said on Sunday\'s Face the Nation that S": a broadcast named by its day', async () => {
    expect(await dates("Governor Ana Ruiz said on Sunday's Face the Nation that the fuel tax would go.")).toEqual(['2023-03-05']);
  });
});
