/**
 * A name the tagger calls a place or an organization that only ever modifies nouns, "people" or
 * "tribe" among them, is that people, a Group (src/ingest/entities/people-named-names.ts). Real
 * CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('a people named before "people" or "tribe"', () => {
  it('"the Borana people … a Borana elder": a group; "the Zaghawa people": a group', async () => {
    const typed = await entityTypes(
      'Gunmen attacked the Borana people near the border, a Borana elder said. ' +
        'Fighters also attacked the Zaghawa people, a Zaghawa elder told reporters.',
    );
    expect(typed).toMatchObject({ Borana: 'Group', Zaghawa: 'Group' });
  });

  it('a place the text also names on its own stays a place', async () => {
    const typed = await entityTypes('Heavy rain fell on Darfur this week. The Darfur people have lost their crops, the agency said.');
    expect(typed).toMatchObject({ Darfur: 'Place' });
  });
});
