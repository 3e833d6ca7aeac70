/**
 * Words spelled like a property every plain object inherits ("constructor") are looked up as words:
 * the tables of src/ingest are Maps or are read through text/own-entries.ts, so such a word finds
 * nothing instead of Object's function. On real CoreNLP parses of texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { claimWith } from '../support/named-claims.ts';

describe('words named like object properties', () => {
  it('"The constructor said S" after a titled name: the constructor speaks, and extraction does not throw', async () => {
    const text = 'Sen. Tom Baker toured the dam in Harlow on Monday. The constructor said the bridge was safe.';
    expect(await claimWith(text, 'the bridge was safe')).toEqual({ claimants: ['constructor'], via: [] });
  });

  it('"hired the constructor 40 engineers": no figure measured by a function, and the annotation is valid', async () => {
    const text = 'Mayor Lina Odar said the city hired the constructor 40 engineers to check the bridge.';
    const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
    const figures = annotation.claims.flatMap((c) => c.figures);
    expect(figures.map((f) => typeof f.measure)).not.toContain('function');
    expect(() => parseAnnotation(annotation, 'test text')).not.toThrow();
  });
});
