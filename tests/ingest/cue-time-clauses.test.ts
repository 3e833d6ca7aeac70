/**
 * A clause of time or contrast with its own subject, hung on the cue verb ("voted to cut X as
 * Congress weighed Y"), is left out of the content; one hung on the reported verb stays
 * (src/ingest/attribution/boundaries/cue-time-clauses.ts), on a real CoreNLP parse of sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';

describe('a clause of time hung on the cue', () => {
  it("ends the content before 'as' and another subject ('voted to cut X as Congress weighed Y')", async () => {
    const text = 'Senator Hill voted to cut the farm subsidy in 2009 and 2011 as Congress wrestled with the cost of the program.';
    expect(await namedContents(text)).toEqual([[['Hill'], 'to cut the farm subsidy in 2009 and 2011']]);
  });

  it("ends the content before 'when' and another subject", async () => {
    const text =
      'The reporter was trying hard to ask a question about taxes when Governor Reed shot back that the reporter had not been called on.';
    // The boundary alone: the claim check (filters/claim-check.ts) then doubts this weak "was trying to" reading.
    expect((await namedContents(text, { claims: null })).map(([, content]) => content)).toContain('to ask a question about taxes');
  });

  it('keeps a clause of time that belongs to what is reported', async () => {
    const text = 'Ms. Diaz said prices rose sharply when the bank cut its rates last spring.';
    expect(await namedContents(text)).toEqual([[['Diaz'], 'prices rose sharply when the bank cut its rates last spring']]);
  });
});
