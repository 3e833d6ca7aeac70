/**
 * A three-letter call sign someone tells a claim is a station's (src/ingest/entities/told-call-signs.ts);
 * real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';
import { entityKinds } from '../support/entity-kinds.ts';

describe('three-letter call signs told a claim', () => {
  it('credits "told WBZ" as the via and makes the station an outlet', async () => {
    const text = 'The ferry captain, Tomas Ekberg, told WBZ that the harbor ice had cracked the hull.';
    expect(await claimsWithVia(text)).toEqual([{ claimants: ['Tomas Ekberg'], via: ['WBZ'] }]);
    expect(await entityKinds(text)).toMatchObject({ WBZ: 'Organization/MEDIA' });
  });

  it('leaves a known agency told something alone', async () => {
    const kinds = await entityKinds('The health minister told WHO that the outbreak had slowed.');
    expect(kinds.WHO).not.toBe('Organization/MEDIA');
  });
});
