/**
 * "Asked about X on Thursday, Y said S": the day closing an opening question the parser hangs on its
 * topic (src/ingest/annotation/asked-topic-days.ts). Real CoreNLP parses of sentences written for these tests.
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

describe('a day closing the opening question', () => {
  it('"Asked about the ferry strike on Thursday, X said S": the day asked', async () => {
    expect(await dates('Asked about the ferry strike on Thursday, Mayor Ola Brandt said the boats would sail again.')).toEqual([
      '2023-03-02',
    ]);
    // and none for the strike's own day
    expect(await dates("Asked about Thursday's ferry strike, Mayor Ola Brandt said the boats would sail again.")).toEqual([undefined]);
  });
});
