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
});
