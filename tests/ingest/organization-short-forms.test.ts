/**
 * An organization named by the first word of its name, which the tagger calls a person, is that
 * organization (src/ingest/entities/organization-short-forms.ts); real CoreNLP parses of texts
 * written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function entities(text: string) {
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  return annotation.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases }));
}

describe('organizations named by their first word', () => {
  it('"Sokolov recruiters" after "the Sokolov Group" are the group; a person of a foundation\'s name stays a person', async () => {
    const found = await entities(
      'Fighters of the Sokolov Group left the town on Monday, a commander said. ' +
        'Sokolov recruiters have turned to prisons in the east, the Kyiv Independent reports. ' +
        'Senator Ruth Calder, whose family runs the Calder Foundation, said Calder would not run again.',
    );
    expect(found).toContainEqual(
      expect.objectContaining({ name: 'Sokolov Group', type: 'Organization', aliases: expect.arrayContaining(['Sokolov']) }),
    );
    expect(found.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Ruth Calder']);
  });

  it('"Fox" after "Fox Business Network and Fox News" is Fox News, and the two networks stay apart', async () => {
    const text =
      "Three channels — CNBC, Fox Business Network and Fox News — carried the hearing live on Thursday. Fox News' Dana " +
      "Perino said the hearing would run past midnight. But Fox didn't carry the senator's closing remarks.";
    const found = await entities(text);
    expect(found).toContainEqual(expect.objectContaining({ name: 'Fox News', aliases: expect.arrayContaining(['Fox']) }));
    expect(found).toContainEqual(expect.objectContaining({ name: 'Fox Business', aliases: ['Fox Business Network'] }));
    const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
    const name = new Map(annotation.entities.map((e) => [e.id, e.name]));
    const perino = annotation.claims.find((c) => c.text.includes('past midnight'));
    expect(perino?.via.map((id) => name.get(id))).toEqual(['Fox News']);
  });
});
