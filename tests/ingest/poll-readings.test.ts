/**
 * A poll's "in" reading kept at a lower bar than the cue model's threshold
 * (src/ingest/attribution/filters/poll-readings.ts), on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe("a poll's reading below the threshold", () => {
  it("names the poll a margin closing its clause comes from ('X leads by N percent to M percent in the Z poll')", async () => {
    const text = 'Ortiz leads by 55 percent to 35 percent in the 40-county poll.';
    expect(await claimantsOf(text, 'Ortiz leads by 55 percent')).toEqual(['the 40-county poll']);
  });
});
