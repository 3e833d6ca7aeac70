/**
 * A lawmaker named by party is one person when definite, an unnamed member when indefinite
 * (src/ingest/entities/party-members.ts); on real CoreNLP parses of short texts written for this test.
 */
import { expect, inject, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function types(text: string): Promise<Record<string, string>> {
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  return Object.fromEntries(annotation.entities.map((e) => [e.name, e.type]));
}

it('"the Utah Republican", "the first-term Democrat" are persons; "a Texas Republican" a group; none an organization', async () => {
  expect(await types('Sen. Mark Ellery voted against the bill on Tuesday. The Utah Republican said the bill was dead.')).toMatchObject({
    'Utah Republican': 'Person',
  });
  expect(await types('The first-term Democrat said she would run again, Politico reports.')).toMatchObject({
    'first-term Democrat': 'Person',
  });
  expect(await types('A Texas Republican said the plan was reckless, the Washington Post reports.')).toMatchObject({
    'Texas Republican': 'Group',
  });
});
