/**
 * "The blackout was the work of hackers, insists the Energy Ministry": the parser hangs the inverted closing verb on
 * the predicate noun ("work") as its `acl` and makes the speaker its object. Read as a noun's modifier, the noun
 * phrase, the whole opening clause, was the speaker (src/ingest/attribution/frames/cue-subjects.ts,
 * `finiteClauseAfterComma`); on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames, namedContents } from '../support/parsed-attributions.ts';

describe('an inverted closing verb the parser hung on a predicate noun', () => {
  it('never makes the opening clause its speaker', async () => {
    for (const text of [
      'The blackout was the work of hackers, insists the Energy Ministry.',
      'The outage was the result of sabotage, claims the utility.',
    ]) {
      const names = (await claimantNames(text)).flat();
      expect(names.filter((n) => / was /.test(n))).toEqual([]);
    }
  });

  it('names the one after the verb when the reading stands', async () => {
    const text = 'The blackout was the work of hackers, insists the Energy Ministry.';
    expect(await namedContents(text)).toEqual([[['Energy Ministry'], 'The blackout was the work of hackers']]);
  });
});
