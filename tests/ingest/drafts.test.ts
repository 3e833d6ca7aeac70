/**
 * Which attributions become claims (src/ingest/annotation/drafts.ts), on real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function evidence(text: string): Promise<string[]> {
  const a = parseAnnotation((await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation, 'test text');
  return a.claims.map((c) => c.evidence.text);
}

describe('a naming', () => {
  it('("what it called \\"saboteurs\\"") is no claim of its own, beside the claim it sits in', async () => {
    const list = await evidence('The ministry claimed almost 400 Ukrainian soldiers and what it called "saboteurs" have been captured.');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^The ministry claimed almost 400 Ukrainian soldiers/);
  });
});
