/**
 * Papers handled by an outlet, where the parser reads "obtained" as the main verb
 * (src/ingest/attribution/frames/handled-paper-cues.ts): "Records obtained by the Globe show S" is
 * still the outlet's claim (outlet-documents.ts), on real CoreNLP parses of sentences written for
 * these tests in the style of Newser's summaries.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

const nlp = () => createCoreNlpClient(inject('corenlpUrl'));

async function claimsOf(text: string): Promise<Array<{ claimants: string[]; via: string[]; evidence: string }>> {
  const a: Annotation = parseAnnotation((await extract(text, {}, nlp())).annotation, 'test text');
  const name = (id: string) => a.entities.find((e) => e.id === id)!.name;
  return a.claims.map((c) => ({ claimants: c.claimants.map(name), via: c.via.map(name), evidence: c.evidence.text }));
}

describe('papers an outlet obtained, with the participle read as the main verb', () => {
  it('"show" tagged as a noun closing the outlet\'s name', async () => {
    const list = await claimsOf('Records obtained by the Lexington Herald-Leader show Mayhew was not checked on for nearly four hours.');
    expect(list.find((c) => c.evidence.includes('four hours'))).toMatchObject({ claimants: ['Lexington Herald-Leader'], via: [] });
  });

  it('"show" hung as a loose dependent of the reported clause', async () => {
    const list = await claimsOf('Jail records obtained by the Boston Globe show Mayhew was not checked on for nearly four hours.');
    expect(list.find((c) => c.evidence.includes('four hours'))).toMatchObject({ claimants: ['Boston Globe'], via: [] });
  });

  it('a participle with an object of its own is the main verb: no papers speak', async () => {
    const list = await claimsOf('The Boston Globe obtained records by mail, which show nothing about the inmate.');
    expect(list.filter((c) => c.claimants.some((n) => /records/i.test(n)))).toEqual([]);
  });
});
