/**
 * A speaker named by an article and a people's adjective alone is a Group, not an organization
 * (src/ingest/entities/demonym-speakers.ts); real CoreNLP parses of a text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe("a people's adjective as the speaker", () => {
  it('"A Mexican said S" is one unnamed person: a Group', async () => {
    const typed = await entityTypes('A Mexican said the army had opened fire on the crowd in Palmera, Reuters reports.');
    expect(typed).toMatchObject({ Mexican: 'Group' });
  });
});
