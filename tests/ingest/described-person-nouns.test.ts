/**
 * A definite singular speaker headed by a noun for a person that the gazetteer's roles do not list is
 * one person, as a listed role is ("the narrator says", "the beekeeper told"); a plural or a
 * group's noun stays a group. On real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityKinds } from '../support/entity-kinds.ts';

describe('definite speakers named by a person noun', () => {
  it('"The narrator says", "The beekeeper told": persons', async () => {
    const typed = await entityKinds(
      'The narrator says taxes will go up under the plan. ' + 'The beekeeper told the Ledger that half her hives had died over the winter.',
    );
    expect(typed).toMatchObject({ narrator: 'Person', beekeeper: 'Person', Ledger: 'Organization/MEDIA' });
  });

  it('"The crowd chanted", "The officials said", "the senator\'s aides": groups', async () => {
    const typed = await entityKinds(
      'The crowd chanted that the vote was stolen. The officials said the count would resume on Monday. ' +
        "Laura Quist's aides said she would not concede.",
    );
    expect(typed).toMatchObject({ crowd: 'Group', officials: 'Group', "Laura Quist's aides": 'Group' });
  });
});
