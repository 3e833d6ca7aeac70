import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { extractAnnotation } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

const PUBLISHED = '2020-06-10T12:00:00-04:00';
const extract = async (text: string): Promise<Annotation> =>
  parseAnnotation(await extractAnnotation(text, { publishedAt: PUBLISHED }, createCoreNlpClient(inject('corenlpUrl'))), 'synthetic');

describe('background relatives (filters/background-relatives.ts)', () => {
  it("keeps a relative clause whose cue takes the name after a preposition: 'Brenner, who sided with Ruiz, left'", async () => {
    for (const [text, verb] of [
      ['Councillor Ada Brenner, who sided with Mayor Tom Ruiz, left the hall early.', 'sided'],
      ['Councillor Ada Brenner, who was critical of Mayor Tom Ruiz, left the hall early.', 'critical'],
      ['Councillor Ada Brenner, who voted for Tom Ruiz, left the hall early.', 'voted'],
    ]) {
      const a = await extract(text);
      expect(a.claims.map((c) => [c.verb, c.claimants])).toEqual([[verb, ['person/ada-brenner']]]);
    }
  });
});
