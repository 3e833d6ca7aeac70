/**
 * A name the tagger calls a person that modifies "fighters", "militants" or "gunmen" is the armed
 * group's (src/ingest/entities/armed-group-compounds.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe('armed groups named before their fighters', () => {
  it('"Boko Haram fighters" is an organization; "Omar Sadiq … Sadiq fighters" stays the person', async () => {
    const typed = await entityTypes(
      'Boko Haram fighters stormed the village overnight, residents told Reuters. ' +
        'Omar Sadiq, a warlord, said Sadiq fighters held the bridge.',
    );
    expect(typed).toMatchObject({ 'Boko Haram': 'Organization', 'Omar Sadiq': 'Person' });
  });
});
