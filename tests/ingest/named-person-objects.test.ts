import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { extractAnnotation } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

const PUBLISHED = '2020-06-10T12:00:00-04:00';
const extract = async (text: string): Promise<Annotation> =>
  parseAnnotation(await extractAnnotation(text, { publishedAt: PUBLISHED }, createCoreNlpClient(inject('corenlpUrl'))), 'synthetic');

describe('the claim check and a named person reading an object (filters/named-person-objects.ts)', () => {
  it("keeps 'Ruiz made a plea for calm' however unsure the cue model is of it", async () => {
    const a = await extract('Inside the hall, the mood was grim. Brenner dismissed questions, and Ruiz made a plea for calm.');
    expect(a.claims.map((c) => [c.verb, c.claimants])).toEqual([
      ['dismissed', ['person/brenner']],
      ['made', ['person/ruiz']],
    ]);
  });
});
