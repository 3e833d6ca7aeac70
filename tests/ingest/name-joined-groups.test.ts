/**
 * A "they" after a name joined by "and" to a plural people noun in a subject stands for the name and the group
 * (src/ingest/attribution/sources/name-joined-groups.ts), on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames, claimantsOf } from '../support/parsed-attributions.ts';

describe('groups joined to a name', () => {
  it('names the person and the group joined to them', async () => {
    const text =
      'Fire chief Rosa Delgado and two veteran firefighters walked through the burned warehouse on Thursday. They said the sprinklers had never worked.';
    expect(await claimantNames(text)).toEqual([['Rosa Delgado', 'two veteran firefighters']]);
  });

  it('names the group after the name in the sentence before', async () => {
    const text = 'Principal Omar Haddad and several parents wrote to the district in March. They said the bus route was unsafe.';
    expect(await claimantNames(text)).toEqual([['Omar Haddad', 'several parents']]);
  });

  it('leaves a group joined by "or" unnamed', async () => {
    const text = 'Either Judge Helen Park or her clerks will review the filing. They said the deadline could not move.';
    expect(await claimantsOf(text, 'the deadline')).toBeUndefined();
  });

  it('leaves a group that is no subject out', async () => {
    const text = 'The mayor thanked Captain Leo Brandt and his crew on Sunday. They said the rescue took six hours.';
    expect(await claimantsOf(text, 'the rescue')).toBeUndefined();
  });
});
