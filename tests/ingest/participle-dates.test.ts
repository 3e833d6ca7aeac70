/**
 * The date of a participle cue the parser hangs inside what was said (src/ingest/annotation/said-on.ts):
 * "X said Monday that S1, adding that S2" dates S2 with the saying's day. Real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

/** Published on Friday, 2017-02-24. */
const PUBLISHED = '2017-02-24T12:00:00-06:00';

async function datesByVerb(text: string): Promise<Record<string, string | undefined>> {
  const extraction = await extract(text, { publishedAt: PUBLISHED }, createCoreNlpClient(inject('corenlpUrl')));
  const a = parseAnnotation(extraction.annotation, 'test text');
  return Object.fromEntries(a.claims.map((c) => [c.verb, c.saidOn?.date]));
}

describe('a participle cue hung on the content of a dated saying', () => {
  it('"X said Monday that S1, adding that S2": S2 was said that Monday too', async () => {
    expect(await datesByVerb('The coroner said Monday that the hiker had died of the cold, adding that no one else was found.')).toEqual({
      said: '2017-02-20',
      adding: '2017-02-20',
    });
  });

  it('takes the day of the occasion the saying was set in ("wrote in a letter Wednesday that S1, noting that S2")', async () => {
    expect(
      await datesByVerb('The school board wrote in a letter Wednesday that classes would resume, noting that the boiler had been fixed.'),
    ).toEqual({ wrote: '2017-02-22', noting: '2017-02-22' });
  });

  it('gives no day where the saying has none', async () => {
    expect(await datesByVerb('The coroner said that the hiker had died of the cold, adding that no one else was found.')).toEqual({
      said: undefined,
      adding: undefined,
    });
  });
});
