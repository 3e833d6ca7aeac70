/**
 * A name that "reports that" something, in the present, is a news outlet
 * (src/ingest/entities/reports-that-names.ts); real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('names that report that', () => {
  it('"Excelsior reports that S", "The Sun reports that S" are outlets; "Bolt Corp reported it sold" and "Acme reports that its sales rose" stay no outlets', async () => {
    const typed = await entityKinds(
      'Excelsior reports that the mayor of Palmera was detained at the airport. The Sun reports that the singer will tour next year. ' +
        'Bolt Corp reported it sold $3 billion in tractors. Acme reports that its quarterly sales rose 8%, the Wall Street Journal reports.',
    );
    expect(typed).toMatchObject({ Excelsior: 'Organization/MEDIA', Sun: 'Organization/MEDIA' });
    expect(typed).toMatchObject({ 'Bolt Corp': 'Organization/OTHER', Acme: 'Organization/OTHER' });
  });
});
