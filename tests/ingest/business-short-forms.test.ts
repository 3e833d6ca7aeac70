/**
 * A business named by the first word of a name ending in a plural proper noun ("Ridgeway Foods …
 * Ridgeway said") is that business, not a person (src/ingest/entities/organization-short-forms.ts);
 * real CoreNLP parses of texts written for this test.
 */
import { expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

it('"Corvane" after "Corvane Pharmaceuticals" is the drug maker; a surname named in full stays a person', async () => {
  const typed = await entityTypes(
    'Nevada sued Corvane Pharmaceuticals on Monday over its painkiller ads. Corvane said the lawsuit was without merit. ' +
      'Attorney General Helen Marsh said Marsh would not settle.',
  );
  expect(typed).toMatchObject({ 'Corvane Pharmaceuticals': 'Organization', 'Helen Marsh': 'Person' });
  expect(typed).not.toHaveProperty('Corvane');
});

it('"Ridgeway" after "Ridgeway Foods" is the company', async () => {
  const typed = await entityTypes(
    'Ridgeway Foods is recalling 90,000 frozen pizzas, the company said Monday. Ridgeway said no one had been hurt, the Toledo Blade reports.',
  );
  expect(typed).toMatchObject({ 'Ridgeway Foods': 'Organization' });
  expect(typed).not.toHaveProperty('Ridgeway');
});
