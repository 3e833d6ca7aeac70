/**
 * A name no list knows, where an interview was given or a column written ("in an interview with KSEE",
 * "in a column for Eater"), is an outlet (src/ingest/annotation/occasion-named-outlets.ts). Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe('an unknown name in an interview or column', () => {
  it('is the claim\'s outlet ("said in an interview with KSEE", "wrote in a column for Eater")', async () => {
    expect(await claimsWithVia('Detective Irene Pak said in an interview with KSEE that investigators were checking brokers.')).toEqual([
      { claimants: ['Irene Pak'], via: ['KSEE'] },
    ]);
    expect(await claimsWithVia('Critic Ana Prado wrote in a column for Eater that the closing marks the end of an era.')).toEqual([
      { claimants: ['Ana Prado'], via: ['Eater'] },
    ]);
  });

  it('is not the last word of a possessed title ("in an interview with Runner\'s World")', async () => {
    expect(await claimsWithVia("Runner-up Dana Kipkemoi said in an interview with Runner's World that she was happy.")).toEqual([
      { claimants: ['Dana Kipkemoi'], via: ["Runner's World"] },
    ]);
  });

  it('is not a person interviewed alongside ("in an interview with Dana Whitlock")', async () => {
    expect(await claimsWithVia('The coach said in an interview with Dana Whitlock that the team would rebuild.')).toEqual([
      { claimants: ['coach'], via: [] },
    ]);
  });
});
