/**
 * A name the tagger calls PERSON inside a ship's or a prize's name is no person
 * (src/ingest/entities/honoured-names.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('ships and prizes named after people', () => {
  it('"the aircraft carrier USS Thomas Kellerman", "the Maria Ostberg Prize": no person; the editor who spoke: a person', async () => {
    const typed = await entityTypes(
      'High seas kept the aircraft carrier USS Thomas Kellerman at anchor on Sunday. A jailed Uzbek journalist has won the Maria Ostberg Prize for reporting, the Observer reports. Her editor, Dana Okafor, said she would not be freed to collect it.',
    );
    expect(typed).toMatchObject({ 'Dana Okafor': 'Person' });
    expect(typed['Thomas Kellerman']).toBeUndefined();
    expect(typed['Maria Ostberg']).toBeUndefined();
  });
});
