/**
 * A policy coined from a name ("Obamacare", "Brexit") or a disease named through the noun it modifies
 * ("the Zika virus") is no entity, whatever the tagger calls it (src/ingest/entities/coined-thing-names.ts);
 * a plural name that takes a plural verb ("Millennials say") is a Group (plural-subject-names.ts). On real
 * CoreNLP parses of texts written for this test.
 */
import { expect, inject, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function entitiesOf(text: string): Promise<Record<string, string>> {
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  return Object.fromEntries(annotation.entities.map((e) => [e.name, e.type]));
}

it('"Obamacare" and "Brexit" are no entities, and "Brexit talks" names no speaker', async () => {
  const typed = await entitiesOf(
    'Rep. Dana Price said Friday that repealing Obamacare would leave millions without coverage. ' +
      'Labour lawmaker Owen Pryce said Brexit would cost factory workers their jobs. Brexit talks resume in Brussels next week.',
  );
  expect(typed).toMatchObject({ 'Dana Price': 'Person', 'Owen Pryce': 'Person', Brussels: 'Place' });
  expect(typed).not.toHaveProperty('Obamacare');
  expect(typed).not.toHaveProperty('Brexit');
});

it('a name modifying "virus" is a disease; a person with a title keeps the name', async () => {
  const typed = await entitiesOf(
    'Health officials in Florida said Monday that the Zika virus has reached a second neighborhood in Miami. ' +
      'Zika could spread further this summer, the officials said. Dr. Ana Reyes said the county would spray.',
  );
  expect(typed).toMatchObject({ 'Ana Reyes': 'Person', Miami: 'Place' });
  expect(typed).not.toHaveProperty('Zika');
});

it('"Millennials also say" is a Group; "Mark Ellis says" stays a person', async () => {
  const typed = await entitiesOf(
    'Most Millennials support higher taxes on the rich, the Harlow poll found. Millennials also say they trust local news. ' +
      'Economist Mark Ellis says rents will keep rising.',
  );
  expect(typed).toMatchObject({ Millennials: 'Group', 'Mark Ellis': 'Person' });
});
