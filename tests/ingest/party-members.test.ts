/**
 * A lawmaker named by party is one person when definite, an unnamed member when indefinite
 * (src/ingest/entities/party-members.ts); on real CoreNLP parses of short texts written for this test.
 */
import { expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

it('"the Utah Republican", "the first-term Democrat" are persons; "a Texas Republican" a group; none an organization', async () => {
  expect(
    // Two senators before it: with one, "the Utah Republican" is that senator (described-previous-speakers.ts).
    await entityTypes('Sen. Mark Ellery and Sen. Ann Brody voted against the bill on Tuesday. The Utah Republican said the bill was dead.'),
  ).toMatchObject({
    'Utah Republican': 'Person',
  });
  expect(await entityTypes('The first-term Democrat said she would run again, Politico reports.')).toMatchObject({
    'first-term Democrat': 'Person',
  });
  expect(await entityTypes('A Texas Republican said the plan was reckless, the Washington Post reports.')).toMatchObject({
    'Texas Republican': 'Group',
  });
});
