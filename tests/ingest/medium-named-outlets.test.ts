/**
 * An organization's name right before a medium's noun, and a name closing on "News Agency", are news
 * outlets (src/ingest/entities/medium-named-outlets.ts, organization-kinds.ts); real CoreNLP
 * parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('outlets named before a medium noun', () => {
  it('"Al-Nour television", "the Fars news agency" and "the Sunnaland News Agency" are media; "an NRA television ad" is no outlet', async () => {
    const kinds = await entityKinds(
      "The group's Al-Nour television said the convoy had turned back. " +
        'The semi-official Fars news agency reported that the talks had collapsed. ' +
        'The Sunnaland News Agency said three soldiers were hurt. An NRA television ad ran in Ohio.',
    );
    expect(kinds).toMatchObject({
      'Al-Nour': 'Organization/MEDIA',
      Fars: 'Organization/MEDIA',
      'Sunnaland News Agency': 'Organization/MEDIA',
      NRA: 'Organization/OTHER',
    });
  });
});
