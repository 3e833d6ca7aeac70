/**
 * A name given after "known as" takes the type of what it names
 * (src/ingest/entities/known-as-names.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('names given after "known as"', () => {
  it("a person's nickname is a person, a group's name an organization", async () => {
    const typed = await entityTypes(
      'Ramon Villanueva, known as El Gordo, told the court he was a farmer. ' +
        'Officials blamed a rebel group known as Kessar Hadid for the bombing.',
    );
    expect(typed).toMatchObject({ 'El Gordo': 'Person', 'Ramon Villanueva': 'Person', 'Kessar Hadid': 'Organization' });
  });
});
