/**
 * "<Name> bloc" names a parliamentary bloc, an organization, whatever the tagger makes of the name
 * (src/ingest/entities/bloc-names.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('blocs named after their leaders', () => {
  it('"the Karvani bloc" and "the Sadiqi bloc" are organizations; Sadiqi speaking stays a person', async () => {
    const kinds = await entityKinds(
      'The Karvani bloc walked out of parliament on Monday. Lawmakers of the Sadiqi bloc said they would return. ' +
        'Sadiqi told reporters the vote was rigged.',
    );
    expect(kinds).toMatchObject({ 'Karvani bloc': 'Organization/OTHER', 'Sadiqi bloc': 'Organization/OTHER', Sadiqi: 'Person' });
  });
});
