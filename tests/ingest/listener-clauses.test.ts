/**
 * A clause the parser hung as parataxis right after a verb of telling and its listener is what the
 * cue reports (src/ingest/attribution/frames/listener-clauses.ts), on a real CoreNLP parse of
 * sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedContents } from '../support/parsed-attributions.ts';
import { proposedCandidates } from '../support/proposed-candidates.ts';

describe('a clause right after the listener of "tell"', () => {
  it('is read as what the cue reports', async () => {
    const text = 'Mayor Ortiz Tells Voters They Must Reject Stadium Plan';
    expect(await namedContents(text)).toEqual([[['Ortiz'], 'They Must Reject Stadium Plan']]);
  });

  it('is not read past a colon', async () => {
    const text = 'Mayor Lena Ortiz told the crowd: the stadium plan is dead.';
    const proposed = await proposedCandidates(text);
    expect(proposed.filter((c) => c.cue === 'told' && c.frame === 'ccomp')).toEqual([]);
  });
});
