/**
 * A document's clause closing a sentence ("…, county records show.") is a closing tail like a speaker's
 * (src/ingest/attribution/credits/credits.ts `closingTails`), on real CoreNLP parses of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a closing "records show" clause', () => {
  it.each([
    ['In all, the harbor fund raised $4 million from donors in Ostrava, county tax records show.', 'county tax records'],
    ['Over the summer, the Bellmore clinic lost nearly half of its nurses, state payroll records show.', 'state payroll records'],
    ['Most of the grant money went to firms owned by the mayor’s relatives, city audit filings indicate.', 'city audit filings'],
  ])('credits the documents with the clause before them: %s', async (text, source) => {
    const found = await namedContents(text);
    expect(found.map(([names]) => names[0])).toContain(source);
  });
});
