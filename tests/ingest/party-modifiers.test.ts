/**
 * A party's name that modifies a noun ("the Republican nomination") is the party's, no lawmaker
 * named by party (src/ingest/entities/party-members.ts); on real CoreNLP parses of short texts
 * written for this test.
 */
import { expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

it('"the Republican nomination", "the Democrat primary": the party modifies a noun, no person', async () => {
  const typed = await entityTypes(
    'Sen. Mark Ellery said Tuesday that the Republican nomination was still open. Ellery told the Boston Globe that the Democrat primary would be over by June.',
  );
  expect(typed).toMatchObject({ 'Mark Ellery': 'Person' });
  expect(Object.entries(typed).filter(([, type]) => type === 'Person')).toEqual([['Mark Ellery', 'Person']]);
});

it('"the Utah Republican said": the party noun heads its phrase and still names one lawmaker', async () => {
  expect(
    await entityTypes('Sen. Mark Ellery and Sen. Ann Brody voted against the bill on Tuesday. The Utah Republican said the bill was dead.'),
  ).toMatchObject({ 'Utah Republican': 'Person' });
});
