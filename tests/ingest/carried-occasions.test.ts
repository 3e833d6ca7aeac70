/**
 * Occasions an outlet staged or carried (src/ingest/annotation/outlet-phrases.ts): "during a
 * taping of a CNN town hall", "a chat airing late on CBS", on real CoreNLP parses of
 * sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia as claims } from '../support/named-claims.ts';

describe('an outlet that staged or carried the occasion of a claim', () => {
  it('is the via of a claim made at or during an occasion it staged ("during a taping of a CNN town hall")', async () => {
    expect(await claims('The governor said during a taping of a CNN town hall meeting in Denver that the tax would be repealed.')).toEqual([
      { claimants: ['governor'], via: ['CNN'] },
    ]);
  });

  it('is the via of a claim made in an interview it aired ("a chat airing late on CBS")', async () => {
    expect(await claims('The novelist said in a chat airing late on CBS that her book was finished.')).toEqual([
      { claimants: ['novelist'], via: ['CBS News'] },
    ]);
  });

  it('is not found in an occasion no outlet staged ("during a meeting with union leaders")', async () => {
    expect(await claims('The mayor said during a meeting with union leaders that the plant would close.')).toEqual([
      { claimants: ['mayor'], via: [] },
    ]);
  });
});
