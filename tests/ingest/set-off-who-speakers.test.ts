/**
 * A "who" set off by a comma speaks for the noun before it (src/ingest/attribution/sources/relative-sources.ts),
 * on real CoreNLP parses of sentences written for this test: before, a noun that is a verb's object
 * ("moved the former governor, who insisted S") and a plural noun no word list knows as people ("figures")
 * named no one, so the claim was dropped.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf, namedContents } from '../support/parsed-attributions.ts';

describe('a set-off "who"', () => {
  it("speaks for the verb's object its clause modifies", async () => {
    const text = 'The speech clearly moved the former governor, who insisted that the mill would reopen within a year.';
    expect(await claimantsOf(text, 'the mill would reopen')).toEqual(['the former governor']);
  });

  it('speaks for a group that is the verb’s object', async () => {
    const text = 'The ruling stunned the harbor’s charter captains, who complained that the channel had silted up again.';
    expect(await claimantsOf(text, 'the channel had silted up')).toEqual(['the harbor’s charter captains']);
  });

  it('speaks for any plural noun right before its comma when the parse hangs it on none', async () => {
    const text = "Ten years of drift have worn down the party's old-guard figures, who are convinced that nobody listens to them anymore.";
    expect(await claimantsOf(text, 'nobody listens to them')).toEqual(["the party's old-guard figures"]);
  });

  it('not for a plural noun that is a predicate, whose phrase would be its whole clause', async () => {
    const text = 'I and many of my neighbors are Republicans, who believe that the county has been badly run.';
    expect(await claimantsOf(text, 'the county has been badly run')).toBeUndefined();
  });

  it('a restrictive "who" on a group the verb acts on still names no one', async () => {
    const text = 'The mayor thanked volunteers who believe that the park should stay open all winter.';
    expect((await namedContents(text)).map(([claimants]) => claimants)).toEqual([['The mayor']]);
  });

  it('nor does a set-off "which" on an object (on PolNeAR it added a wrong claimant)', async () => {
    const text = 'The council criticized the regional water authority, which said the rates would rise again in June.';
    expect(await claimantsOf(text, 'the rates would rise')).toBeUndefined();
  });
});
