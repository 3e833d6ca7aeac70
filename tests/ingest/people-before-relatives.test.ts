/**
 * A comma-set "who" that the parser hangs on no noun (a loose "dep") speaks for the people noun right
 * before its comma (src/ingest/attribution/sources/sources.ts, peopleBeforeRelative), on real CoreNLP
 * parses of sentences written for this test: before, only a name there counted, so the claim was
 * dropped, and a verb's object could not speak at all.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a comma-set "who" the parse hangs on no noun', () => {
  it("speaks for a verb's object", async () => {
    const text = 'The new toll angered commuters, who said the bridge was already too expensive to cross.';
    expect(await claimantsOf(text, 'the bridge was already too expensive')).toEqual(['commuters']);
  });

  it('speaks for the subject it interrupts', async () => {
    const text = 'Several nurses, who said Monday that the ward had been short of staff for months, are planning a strike.';
    expect(await claimantsOf(text, 'the ward had been short of staff')).toEqual(['Several nurses']);
  });

  it('not for a bare singular that names no one in particular', async () => {
    const text = 'Would you vote for a candidate, man or woman, who said the same things?';
    expect(await claimantsOf(text, 'the same things')).toBeUndefined();
  });
});
