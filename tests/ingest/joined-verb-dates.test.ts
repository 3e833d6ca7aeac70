/**
 * The date of a cue verb joined to another verb of the same subject (src/ingest/annotation/said-on.ts):
 * "X met the union on Monday and said S", "X on Monday blamed A and said S". Real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

/** Published on Friday, 2017-02-24. */
const PUBLISHED = '2017-02-24T12:00:00-06:00';

async function saidOn(text: string, verb: string): Promise<string | undefined> {
  const a = parseAnnotation(
    (await extract(text, { publishedAt: PUBLISHED }, createCoreNlpClient(inject('corenlpUrl')))).annotation,
    'test',
  );
  const claim = a.claims.find((c) => c.verb === verb);
  expect(claim).toBeDefined();
  return claim!.saidOn?.date;
}

describe('a saying joined to an earlier verb of its subject', () => {
  it('has the day of that verb ("toured the levee on Tuesday and said S")', async () => {
    expect(await saidOn('The governor toured the flooded levee on Tuesday and said the state would pay for repairs.', 'said')).toBe(
      '2017-02-21',
    );
  });

  it('has the day hung on the shared subject ("The governor on Tuesday toured the levee and said S")', async () => {
    expect(await saidOn('The governor on Tuesday toured the flooded levee and said the state would pay for repairs.', 'said')).toBe(
      '2017-02-21',
    );
  });

  it('keeps a day of its own ("arrived on Monday and said Tuesday that S")', async () => {
    expect(await saidOn('The governor arrived on Monday and said Tuesday that the state would pay for repairs.', 'said')).toBe(
      '2017-02-21',
    );
  });
});
