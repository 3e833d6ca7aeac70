/**
 * An outlet's closing credit on a sentence whose subject plans or weighs a course ("Ministers plan to ban X,
 * the Times reports", "The board is considering a fee, per the Herald"): the outlet tells what its subject is
 * doing, so the outlet is the claimant, not the subject (src/ingest/attribution/credits/reported-acts.ts), and
 * a name no list knows that reports such a plan is an outlet (src/ingest/entities/reporting-outlets.ts).
 * A belief or a saying stays its holder's, with the outlet as via. On real CoreNLP parses of texts written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimsWithVia } from '../support/named-claims.ts';

describe("a plan an outlet's closing credit reports", () => {
  it('is the outlet\'s claim ("X plans to Y, the AP reports")', async () => {
    for (const [text, outlet] of [
      ['Harbor officials plan to close the old ferry terminal by next summer, the AP reports.', 'Associated Press'],
      ['The county board intends to sell two vacant schools to developers, the Guardian reports.', 'The Guardian'],
    ]) {
      const claims = await claimsWithVia(text);
      expect(claims, text).toEqual([{ claimants: [outlet], via: [] }]);
    }
  });

  it('is the outlet\'s claim for a course being weighed ("X is considering Y, according to Reuters")', async () => {
    for (const [text, outlet] of [
      ['The rail operator is considering a fare freeze for commuters, according to Reuters.', 'Reuters'],
      ['Regional lawmakers are mulling a tax on sugary drinks, per the AP.', 'Associated Press'],
      ['Town officials are weighing a ban on leaf blowers, the Guardian reports.', 'The Guardian'],
    ]) {
      const claims = await claimsWithVia(text);
      expect(claims, text).toEqual([{ claimants: [outlet], via: [] }]);
    }
  });

  it('makes a name no list knows that reports another\'s plan the outlet claiming it ("…, the Clarion reports")', async () => {
    const text = 'Town officials are weighing a ban on leaf blowers, the Clarion reports.';
    expect(await claimsWithVia(text)).toEqual([{ claimants: ['Clarion'], via: [] }]);
  });

  it('is the cited sources\' claim through the outlet, not the planner\'s ("X plans Y, CNN reports, citing two aides")', async () => {
    const text = 'Senator Ruth Keller plans to run for governor next year, CNN reports, citing two people close to her.';
    expect(await claimsWithVia(text)).toEqual([{ claimants: ['two people close to her'], via: ['CNN'] }]);
  });

  it('keeps a judgement ("X considers Y a failure, the AP reports") as its holder\'s', async () => {
    expect(await claimsWithVia('Harbor officials consider the new pier a failure, the AP reports.')).toEqual([
      { claimants: ['Harbor officials'], via: ['Associated Press'] },
    ]);
  });

  it('keeps a belief as its holder\'s, with the outlet as via ("X fears S, the Guardian reports")', async () => {
    expect(await claimsWithVia('Harbor officials fear the pier will collapse within a year, the Guardian reports.')).toEqual([
      { claimants: ['Harbor officials'], via: ['The Guardian'] },
    ]);
  });

  it('keeps a saying about a plan as the speaker\'s, with the outlet as via ("X said Y plans Z, per the AP")', async () => {
    expect(await claimsWithVia('The mayor plans to veto the budget, a spokesman said, per the AP.')).toEqual([
      { claimants: ['spokesman'], via: ['Associated Press'] },
    ]);
  });
});
