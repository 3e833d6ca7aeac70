/**
 * A poll hung on the subject of the clause after it reports that clause
 * (src/ingest/attribution/frames/subject-polls.ts), on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames, claimantsOf } from '../support/parsed-attributions.ts';

describe('a poll on the subject', () => {
  it("names the survey of 'Her approval rating in a new survey stands at N percent'", async () => {
    const text = "The governor's approval rating in a new statewide survey stands at a modest 48 percent.";
    expect(await claimantsOf(text, 'stands at a modest 48 percent')).toEqual(['a new statewide survey']);
  });

  it("names the poll of 'X's lead over Y in a poll last week has shrunk'", async () => {
    const text = "The mayor's ten-point lead over her rival, a retired judge, in a county poll last week has shrunk.";
    expect(await claimantsOf(text, 'has shrunk')).toEqual(['a county poll last week']);
  });

  it("leaves the respondents speaking in 'Most X in a survey said S'", async () => {
    const text = 'Most drivers in a union survey said the new routes were too long.';
    expect(await claimantNames(text)).toEqual([['Most drivers in a union survey']]);
  });
});
