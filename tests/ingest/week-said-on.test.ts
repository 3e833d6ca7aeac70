/**
 * A week as all the text gives of a saying's time: "told the Gazette last week", "said earlier this
 * week", "wrote in a memo last week", "backed the plan last week, saying S" date the claim with WEEK
 * precision, the date the week's Monday (src/ingest/annotation/week-dates.ts, resolved in dates.ts).
 * A week inside what was said, a week's possessive, "next week" and an undated article date nothing.
 * Real CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { parseAnnotation } from '../../src/graph/annotation.ts';
import { extract } from '../../src/ingest/extract.ts';
import { createCoreNlpClient } from '../../src/ingest/nlp/corenlp-client.ts';
import { POSTED_ON_A_MONDAY } from '../support/said-on-dates.ts';

/** Thursday, 2023-03-09: its week began on Monday, March 6; the week before on February 27. */
const POSTED_ON_A_THURSDAY = '2023-03-09T10:00:00-05:00';
/** Sunday, 2023-03-12: an ISO week ends on Sunday, so "this week" began on Monday, March 6. */
const POSTED_ON_A_SUNDAY = '2023-03-12T09:00:00-05:00';

/** Each claim's evidence with its saidOn date and precision. */
async function datedClaims(text: string, publishedAt?: string) {
  const extraction = await extract(text, publishedAt ? { publishedAt } : {}, createCoreNlpClient(inject('corenlpUrl')));
  return parseAnnotation(extraction.annotation, 'test text').claims.map((c) => ({
    evidence: c.evidence.text,
    saidOn: c.saidOn ? { date: c.saidOn.date, precision: c.saidOn.precision } : undefined,
  }));
}

/** The saidOn of the one claim whose evidence holds `words`. */
async function saidOnOf(text: string, words: string, publishedAt?: string) {
  const claims = (await datedClaims(text, publishedAt)).filter((c) => c.evidence.includes(words));
  expect(claims.length, `one claim holding "${words}"`).toBeGreaterThan(0);
  return claims[0].saidOn;
}

describe('a week dates the saying as the week of its Monday', () => {
  it('"told the Gazette last week that S": the week before publication', async () => {
    const text = 'Fire chief Dana Mercer told the Tulsa Gazette last week that the station would close in June.';
    expect(await saidOnOf(text, 'station would close', POSTED_ON_A_THURSDAY)).toEqual({ date: '2023-02-27', precision: 'WEEK' });
  });

  it('"said earlier this week that S": the week of publication', async () => {
    const text = 'Mayor Ruth Delgado said earlier this week that the city would refund the parking fines.';
    expect(await saidOnOf(text, 'refund the parking fines', POSTED_ON_A_THURSDAY)).toEqual({ date: '2023-03-06', precision: 'WEEK' });
  });

  it('"this week" in an article posted on a Sunday is the week that began six days before', async () => {
    const text = 'Coach Ben Alvarez told reporters this week that his starting goalkeeper would miss the final.';
    expect(await saidOnOf(text, 'would miss the final', POSTED_ON_A_SUNDAY)).toEqual({ date: '2023-03-06', precision: 'WEEK' });
  });

  it('"wrote in a note last week that S": the week on the occasion', async () => {
    const text = 'Analysts at Barclays wrote in a note last week that the merger had little chance of approval.';
    expect(await saidOnOf(text, 'little chance of approval', POSTED_ON_A_MONDAY)).toEqual({ date: '2023-02-27', precision: 'WEEK' });
  });

  it('"backed the plan last week, saying S": the week of the verb the participle closes', async () => {
    const text = "The nurses' union backed the plan last week, saying it would end mandatory overtime at the hospital.";
    expect(await saidOnOf(text, 'end mandatory overtime', POSTED_ON_A_THURSDAY)).toEqual({ date: '2023-02-27', precision: 'WEEK' });
  });
});

describe('a week that is not the saying dates nothing', () => {
  it('"said the flooding last week had made it worse": the week is what was said', async () => {
    const text = 'A spokesman for the agency said the flooding last week had made the break worse.';
    expect(await saidOnOf(text, 'made the break worse', POSTED_ON_A_THURSDAY)).toBeUndefined();
  });

  it('"Last week\'s storm delayed counting, officials said": a week\'s possessive', async () => {
    const text = "Last week's storm delayed counting in two rural counties, officials said.";
    expect(await saidOnOf(text, 'delayed counting', POSTED_ON_A_THURSDAY)).toBeUndefined();
  });

  it('"next week" and "over the weekend" are no week counted back', async () => {
    const text =
      'The board will vote on the plan next week, board chair Ann Reyes said. A parents group said over the weekend that it would hold a rally.';
    const claims = await datedClaims(text, POSTED_ON_A_THURSDAY);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.map((c) => c.saidOn)).toEqual(claims.map(() => undefined));
  });

  it('an undated article leaves "last week" unresolved', async () => {
    const text = 'Fire chief Dana Mercer told the Tulsa Gazette last week that the station would close in June.';
    expect(await saidOnOf(text, 'station would close')).toBeUndefined();
  });
});
