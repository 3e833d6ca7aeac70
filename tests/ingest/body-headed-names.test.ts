/**
 * A name the tagger calls a person whose last word names an armed or political body is that body's
 * (src/ingest/entities/body-headed-names.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('names closed by a body word', () => {
  it('"the Kassar Brigades" is an organization; "Omar Haddad" stays a person', async () => {
    const typed = await entityTypes(
      'The Kassar Brigades said they had fired the rockets, per the AP. Omar Haddad said the clinic was full.',
    );
    expect(typed).toMatchObject({ 'Kassar Brigades': 'Organization', 'Omar Haddad': 'Person' });
  });
});
