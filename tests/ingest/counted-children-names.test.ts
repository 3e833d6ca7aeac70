/**
 * A parent described by a count of children before their name ("said mother of three …") is that
 * person speaking (src/ingest/attribution/sources/counted-children-names.ts); real CoreNLP parses of
 * texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';
import { entityTypes } from '../support/entity-types.ts';

describe('a parent described before the name', () => {
  it('"said father of four Omar Haddad" names Omar Haddad', async () => {
    const text = '"The bus never came, so we walked," said father of four Omar Haddad, who lives near the depot.';
    const claims = await namedClaims(text);
    expect(claims.map((c) => c.claimants)).toEqual([['Omar Haddad']]);
    expect(await entityTypes(text)).toMatchObject({ 'Omar Haddad': 'Person' });
  });

  it('"the mother of Lena Price said" is still the mother, not Lena Price', async () => {
    const claims = await namedClaims('The mother of Lena Price said the school had ignored the complaints.');
    expect(claims.flatMap((c) => c.claimants)).not.toContain('Lena Price');
  });
});
