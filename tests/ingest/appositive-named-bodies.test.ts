/**
 * "Access Now, a digital rights group that tracks shutdowns, said S": a body's name the tagger misses,
 * opening a sentence and described as a body right after, speaks, not its description
 * (src/ingest/nlp/appositive-named-bodies.ts), on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

async function claimantsWith(text: string, words: string): Promise<string[] | undefined> {
  return (await namedClaims(text)).find((c) => c.evidence.includes(words))?.claimants;
}

describe('a body named before an appositive that calls it one', () => {
  it('"Access Now, a digital rights group that …, said" is Access Now\'s claim', async () => {
    const text =
      'Mobile internet was cut across three provinces for a week. Access Now, a digital rights group that monitors outages, said the blackout cost local businesses millions of dollars.';
    expect(await claimantsWith(text, 'the blackout cost local businesses')).toEqual(['Access Now']);
  });

  it('the name said again later is the same body', async () => {
    const text =
      'Access Now, a digital rights group, said the outage was the longest this year. Access Now also said the ministry had ignored its letters.';
    expect(await claimantsWith(text, 'the ministry had ignored its letters')).toEqual(['Access Now']);
  });

  it('"Fight for the Future, an advocacy group …, said": lower-case words inside the name', async () => {
    const text =
      'The city council approved police drones on Tuesday. Fight for the Future, an advocacy group that opposes surveillance, said the vote would be challenged in court.';
    expect(await claimantsWith(text, 'the vote would be challenged')).toEqual(['Fight for the Future']);
  });

  it('an opening adverb is no name', async () => {
    const text = 'Still, a watchdog group that tracks lobbying said the rules were too loose.';
    const claimants = (await claimantsWith(text, 'the rules were too loose')) ?? [];
    expect(claimants.join(' ')).not.toMatch(/Still/);
  });
});
