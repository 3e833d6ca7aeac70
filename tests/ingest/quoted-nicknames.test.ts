/**
 * A nickname in quotes inside a person's name is a person (src/ingest/entities/quoted-nicknames.ts);
 * real CoreNLP parses of a text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('quoted nicknames', () => {
  it('Joaquin "El Chapo" Guzman: the nickname is no organization', async () => {
    const typed = await entityTypes('Joaquin "El Chapo" Guzman told the jury he never ordered a killing, the AP reports.');
    expect(typed).toMatchObject({ 'El Chapo': 'Person' });
  });
});
