/**
 * "The owner of the plant, Acme Chemicals, said S": the name the parser hangs on the thing owned names the
 * owner who spoke (ownerAfterOwnedThing in src/ingest/attribution/sources/appositive-names.ts), on real
 * CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames } from '../support/parsed-attributions.ts';

describe('a name set off after the thing a source owns', () => {
  it('names the company that owns the plant', async () => {
    expect(await claimantNames('The owner of the plant, Acme Chemicals, said the leak had been stopped.')).toEqual([['Acme Chemicals']]);
  });

  it('names the group that owns the stadium', async () => {
    expect(await claimantNames('The owner of the stadium, Lakeshore Sports Group, said the lights would be replaced.')).toEqual([
      ['Lakeshore Sports Group'],
    ]);
  });

  it('leaves an owner described, not named, as written', async () => {
    expect(await claimantNames('The owner of the dog, a retired teacher, said the animal had never bitten anyone.')).toEqual([
      ['The owner of the dog'],
    ]);
  });
});
