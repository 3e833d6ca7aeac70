/**
 * Court papers, reports and memos carry their day as a statement does, and a news conference the
 * speaker told (src/ingest/annotation/said-on.ts OCCASIONS, cueDateSpan). Real CoreNLP parses of
 * sentences written for these tests.
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

describe('a document named by its day dates what it says', () => {
  it('"In a Friday filing, prosecutors say S"', async () => {
    expect(await dates('In a Friday filing, prosecutors say the contractor Ilan Brevik billed the county twice.')).toEqual(['2023-03-03']);
  });

  it('"X said in a Wednesday filing that S"', async () => {
    expect(await dates('The county attorneys said in a Wednesday filing that Brevik had left the state.')).toEqual(['2023-03-01']);
  });
});

describe('a news conference the speaker told', () => {
  it('"X told a Tuesday news conference that S"', async () => {
    expect(await dates('Harbor master Nell Ostrow told a Tuesday news conference that the channel would stay shut.')).toEqual([
      '2023-02-28',
    ]);
  });
});

describe('an occasion sent on a day', () => {
  it('"X, in a letter sent Friday to staff, said S": the tagger makes the day the participle\'s object', async () => {
    expect(await dates('Dean Ruth Amsel, in a letter sent Friday to staff, said the library would close.')).toEqual(['2023-03-03']);
  });
});
