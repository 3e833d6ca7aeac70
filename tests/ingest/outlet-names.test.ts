/**
 * Outlets named in forms NER reads apart: a station's number after its network ("ABC 7"), a
 * hyphenated name ("The Spokesman-Review"), a programme named after its host ("The Ann Lee Show")
 * or before its hosts ("Breakfast Club hosts"), a name after a noun for outlets ("the newspaper El Universal"). Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('an outlet named as written', () => {
  it('is the station, not its network ("told ABC 7")', async () => {
    expect(await claimsWithVia('The mayor told ABC 7 that the bridge would reopen.')).toEqual([{ claimants: ['mayor'], via: ['ABC 7'] }]);
  });

  it('keeps its hyphenated name ("told The Spokesman-Review" after a quotation)', async () => {
    const claims = await claimsWithVia('“We will reopen the bridge,” the mayor told The Spokesman-Review on Friday.');
    expect(claims.map((c) => c.claimants)).toEqual([['mayor']]);
    // NER may or may not take "The" into the name; the words of the name stay as written.
    expect(claims[0].via).toHaveLength(1);
    expect(claims[0].via[0]).toMatch(/^(The )?Spokesman-Review$/);
  });
});

describe('a programme that carried the claim', () => {
  it('is named by its capitalised "Show" ("said on the Rush Kowalski Show")', async () => {
    expect(await claimsWithVia('The mayor said on the Rush Kowalski Show that the bridge would reopen.')).toEqual([
      { claimants: ['mayor'], via: ['Rush Kowalski Show'] },
    ]);
  });

  it('is named before its hosts ("in an interview with Breakfast Club hosts Ann Lee and Bo Park")', async () => {
    expect(
      await claimsWithVia('In an interview with Breakfast Club hosts Ann Lee and Bo Park, the mayor said that the bridge would reopen.'),
    ).toEqual([{ claimants: ['mayor'], via: ['Breakfast Club'] }]);
  });

  it('is no programme when the host is described in lower case ("told conservative radio host Ann Lee")', async () => {
    expect(await claimsWithVia('The mayor told conservative radio host Ann Lee that the bridge would reopen.')).toEqual([
      { claimants: ['mayor'], via: [] },
    ]);
  });
});

describe('an outlet named after its noun ("told the newspaper El Universal")', () => {
  it('is the name, not the noun', async () => {
    expect(await claimsWithVia('The governor told the newspaper El Universal that the border crossing would reopen.')).toEqual([
      { claimants: ['governor'], via: ['El Universal'] },
    ]);
  });

  it('is the name, not an outlet named before that the noun could stand for', async () => {
    const claims = await claimsWithVia(
      'The Washington Post broke the story on Monday. The governor told the newspaper El Universal that the border crossing would reopen.',
    );
    expect(claims.at(-1)).toEqual({ claimants: ['governor'], via: ['El Universal'] });
  });
});
