/**
 * A family or a people named in the plural is a Group, not a Person (src/ingest/entities/plural-names.ts);
 * on a real CoreNLP parse of a short text written for this test.
 */
import { expect, inject, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

it('"the Okonjos", "the Brandtners" are groups; "Greta Brandtner" stays a person', async () => {
  const text =
    'The Okonjos, who run the bakery on Main Street, told the AP that sales had halved. ' +
    'Friends of the Brandtners said the couple had been threatened for months. Greta Brandtner told CNN she was afraid.';
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  const typed = Object.fromEntries(annotation.entities.map((e) => [e.name, e.type]));
  expect(typed).toMatchObject({ Okonjos: 'Group', Brandtners: 'Group', 'Greta Brandtner': 'Person' });
});
