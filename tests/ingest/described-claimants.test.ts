/**
 * A closing "the paper notes" whose reading is the outlet's own claim names the outlet named before
 * (src/ingest/entities/described-claimants.ts). Real CoreNLP parses of sentences written for these
 * tests in the style of Newser's summaries.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

const nlp = () => createCoreNlpClient(inject('corenlpUrl'));

describe('"S, the paper notes" after an outlet named before', () => {
  it('is the claim of that outlet, not of a group called "paper"', async () => {
    const text =
      "Carvella's mayor has resigned.\n\nTomas Reyes stepped down after an audit found missing funds, the Carvella Herald reports. " +
      'The audit showed $2 million was unaccounted for, the paper notes.';
    const a = parseAnnotation((await extract(text, {}, nlp())).annotation, 'test text');
    const name = (id: string) => a.entities.find((e) => e.id === id)!.name;
    const claim = a.claims.find((c) => c.evidence.text.includes('unaccounted'));
    expect(claim && { claimants: claim.claimants.map(name), via: claim.via.map(name) }).toEqual({
      claimants: ['Carvella Herald'],
      via: [],
    });
    expect(a.entities.map((e) => e.name)).not.toContain('paper');
  });
});
