/**
 * A PERSON mention opened by "a" or "an" before one word is an unnamed member of a people or faith,
 * a Group (src/ingest/entities/indefinite-person-mentions.ts); real CoreNLP parses of texts written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('a people named with an indefinite article', () => {
  it('"An Alawite told the BBC" is a group, not a person', async () => {
    const typed = await entityTypes('An Alawite told the BBC that his village had been shelled. Nadia Korvel said the road was open.');
    expect(typed).toMatchObject({ Alawite: 'Group', 'Nadia Korvel': 'Person' });
    expect(Object.values(typed).filter((t) => t === 'Person')).toHaveLength(1);
  });
});
