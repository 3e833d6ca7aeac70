/**
 * How far an outlet's occasion reaches (src/ingest/annotation/outlet-phrases.ts): to a claim whose
 * verb hangs from the verb the occasion is on, and through the work the claim appeared in. Real
 * CoreNLP parses of sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('an occasion on the verb a claim hangs from', () => {
  it('credits the claim of an xcomp ("In an interview with CNN, the coach continued to insist S")', async () => {
    expect(
      await claimsWithVia('In an interview with CNN, the coach continued to insist that the league had ignored the injuries.'),
    ).toEqual([{ claimants: ['coach'], via: ['CNN'] }]);
  });
});

describe('the work a claim appeared in', () => {
  it('is carried by the outlet named on it ("wrote in a Boston Globe column")', async () => {
    expect(await claimsWithVia('The coach wrote in a Boston Globe column that the league had ignored the injuries.')).toEqual([
      { claimants: ['coach'], via: ['Boston Globe'] },
    ]);
  });

  it('is no occasion when the speaker only answered it ("responded to a Boston Globe column")', async () => {
    expect(
      (await claimsWithVia('The coach responded to a Boston Globe column, saying that the league had ignored the injuries.')).map(
        (c) => c.via,
      ),
    ).not.toContainEqual(['Boston Globe']);
  });
});

describe('a participle of speaking closing the sentence', () => {
  it('credits its listener though the parser hangs it on the reported verb ("said S, speaking to CNN on Tuesday")', async () => {
    expect(await claimsWithVia('The mayor said the levee would hold, speaking to CNN on Tuesday.')).toEqual([
      { claimants: ['mayor'], via: ['CNN'] },
    ]);
  });
});
