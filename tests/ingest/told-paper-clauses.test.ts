/**
 * "X told the paper the bird was thin", where the parser reads the paper and the clause's subject as
 * two objects of "told" (src/ingest/annotation/told-listeners-in-content.ts), after a paper named with
 * a Japanese or Korean newspaper word (src/ingest/entities/foreign-mastheads.ts); real CoreNLP parses
 * of texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { parseAnnotation, type Annotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { entityKinds } from '../support/entity-kinds.ts';

const nlp = () => createCoreNlpClient(inject('corenlpUrl'));

async function annotate(text: string): Promise<Annotation> {
  return parseAnnotation((await extract(text, {}, nlp())).annotation, 'test text');
}

describe('a paper told a claim the parser reads as two objects', () => {
  it('"Shimbun" and "Ilbo" name newspapers', async () => {
    const kinds = await entityKinds(
      'The Hokuriku Shimbun reported Monday that the ferry would stop running. The Namdo Ilbo said the port had closed.',
    );
    expect(kinds).toMatchObject({ 'Hokuriku Shimbun': 'Organization/MEDIA', 'Namdo Ilbo': 'Organization/MEDIA' });
  });

  it('gives "told the paper" its paper as the via, the content starting after it', async () => {
    const a = await annotate(
      'An otter swam into a fish market in Sendai on Tuesday, the Hokuriku Shimbun reports. Keeper Yumi Endo told the paper the otter was "tired, but healthy."',
    );
    const name = (id: string) => a.entities.find((e) => e.id === id)!.name;
    const told = a.claims.find((c) => c.claimants.map(name).includes('Yumi Endo'));
    expect(told?.via.map(name)).toEqual(['Hokuriku Shimbun']);
    expect(told?.text).not.toMatch(/paper/);
  });
});
