/**
 * "Actor Sues Network" over "Actor Sam Doyle sued a cable network …": the headline's claim repeats the
 * body's, and its speaker, the bare noun "Actor", is no entity of the article
 * (src/ingest/entities/headlines/unclaimed-headline-speakers.ts). Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

const entityNames = async (text: string) =>
  (await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')))).annotation.entities.map((e) => e.name);

describe('a headline speaker whose claim the body repeats', () => {
  it('"Actor" of "Actor Sues Network" is not listed beside Sam Doyle', async () => {
    const text =
      'Actor Sues Network\n\nActor Sam Doyle sued a cable network on Thursday over unpaid fees. ' +
      'The actor said in a statement that the network owed him $90,000. The network said the claim was false.';
    const names = await entityNames(text);
    expect(names).toContain('Sam Doyle');
    expect(names).not.toContain('Actor');
  });

  it('a headline speaker whose claim stays is still listed', async () => {
    const text = 'Coach Warns of Long Season\n\nThe Hawks lost their first four games. The head coach said the players needed more time.';
    expect(await entityNames(text)).toContain('Coach');
  });
});
