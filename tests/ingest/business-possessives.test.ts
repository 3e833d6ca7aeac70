/**
 * A business named by its founder's possessive, which the tagger calls PERSON
 * (src/ingest/entities/business-possessives.ts); on real CoreNLP parses of short texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../support/entity-types.ts';

describe("a founder's possessive before a business noun", () => {
  it('"Gamblers at Tolliver\'s casino": an organization; "Darnell\'s hotel" beside "Darnell said": still a person', async () => {
    const casino = await entityTypes("Gamblers at Tolliver's casino said the power went out for an hour, the Las Vegas Sun reports.");
    expect(casino).toMatchObject({ Tolliver: 'Organization' });
    const hotel = await entityTypes("Guests at Darnell's hotel complained about the noise. Darnell said he would refund them.");
    expect(hotel).toMatchObject({ Darnell: 'Person' });
  });
});
