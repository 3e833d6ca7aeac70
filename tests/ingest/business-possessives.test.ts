/**
 * A business named by its founder's possessive, which the tagger calls PERSON
 * (src/ingest/entities/business-possessives.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, inject, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';

async function types(text: string): Promise<Record<string, string>> {
  const { annotation } = await extract(text, {}, createCoreNlpClient(inject('corenlpUrl')));
  return Object.fromEntries(annotation.entities.map((e) => [e.name, e.type]));
}

describe("a founder's possessive before a business noun", () => {
  it('"Gamblers at Tolliver\'s casino": an organization; "Darnell\'s hotel" beside "Darnell said": still a person', async () => {
    const casino = await types("Gamblers at Tolliver's casino said the power went out for an hour, the Las Vegas Sun reports.");
    expect(casino).toMatchObject({ Tolliver: 'Organization' });
    const hotel = await types("Guests at Darnell's hotel complained about the noise. Darnell said he would refund them.");
    expect(hotel).toMatchObject({ Darnell: 'Person' });
  });
});
