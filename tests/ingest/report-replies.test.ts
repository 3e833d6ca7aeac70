/**
 * The passage an outlet's report carries (src/ingest/annotation/report-passages.ts) stops at a reply to
 * the report (report-replies.ts) and reads a group by its head before "to" or "involved in". Real CoreNLP
 * parses of sentences written for these tests in the style of Newser's summaries.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe("replies to an outlet's report and the groups it carries", () => {
  it('"The Guardian reported S. The minister denied the report" gives the denial no via', async () => {
    expect(
      await claimWith(
        'The Guardian reported that the minister hid the payments. The minister denied the report on Tuesday, calling it false.',
        'denied',
      ),
    ).toEqual({ claimants: ['minister'], via: [] });
  });

  it('"Aides to the governor say S" and "Two people involved in the talks said S" after a report take its outlet', async () => {
    expect(
      await claimWith('Governor Lena Hart will not seek a second term, Politico reports. Aides to the governor say she is tired.', 'tired'),
    ).toEqual({ claimants: ['Aides to the governor'], via: ['Politico'] });
    expect(
      await claimWith(
        'As NBC News reports, the deal collapsed Friday. Two people involved in the talks said the price was too high.',
        'price',
      ),
    ).toEqual({ claimants: ['Two people involved in the talks'], via: ['NBC News'] });
  });
});
