/**
 * A summing-up noun set off by a comma, with a relative clause that has a subject of its own ("S, a charge
 * that officials denied"), is that subject's attribution beside the first one, whose content ends at the comma
 * (src/ingest/attribution/boundaries/appositive-relatives.ts), on a real CoreNLP parse of a sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a relative clause on a summing-up noun after a comma', () => {
  it("reads the clause's speaker beside the first one", async () => {
    const text = 'The landlord complained that the inspection had been unfair, a charge that city housing officials flatly denied.';
    expect(await namedContents(text)).toEqual([
      [['The landlord'], 'that the inspection had been unfair'],
      [['city housing officials'], 'a charge that'],
    ]);
  });
});
