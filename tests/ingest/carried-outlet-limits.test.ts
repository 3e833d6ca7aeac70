/**
 * Where an outlet's credit stops carrying claims, on real CoreNLP parses of texts written for this test:
 * a sentence opened by "Meanwhile", "Separately" or "Elsewhere" turns to another strand, which an earlier
 * interview or report does not carry and a later credit does not reach back over; a spokesperson named
 * with the one they speak for ends an outlet's report passage; "X said, per the <paper>" credits X's
 * saying to the paper, which is no speaker of its own there. Controls: the same speaker right after an
 * interview, and people right after a report, keep the outlet; a claim told to an outlet of its own
 * after "Separately" keeps that outlet.
 */
import { describe, expect, it } from 'vitest';
import { claimWith, namedClaims } from '../support/named-claims.ts';

describe('claims an outlet credited before or after does not carry', () => {
  it('"Meanwhile, X said S" after someone else told Reuters S1 is not Reuters\'', async () => {
    const text =
      'A senior Treasury official told Reuters that the bond sale would be delayed until spring. ' +
      'The official said investors had asked for more time. ' +
      'Meanwhile, Finance Minister Paula Kemp said the budget was still on track.';
    expect((await claimWith(text, 'the budget was still on track'))?.via).toEqual([]);
    expect((await claimWith(text, 'the bond sale would be delayed'))?.via).toEqual(['Reuters']);
  });

  it('"Separately, farmers say S" after a paper\'s report is not the paper\'s', async () => {
    const text =
      'The reservoir above Dunmore has lost a third of its water since June, the Fresno Bee reports. ' +
      'Separately, almond growers say they will leave a fifth of their orchards unwatered this year.';
    const claim = await claimWith(text, 'a fifth of their orchards');
    expect(claim?.claimants).toEqual(['almond growers']);
    expect(claim?.via).toEqual([]);
  });

  it('a credit closing a "Meanwhile" sentence does not reach back over it', async () => {
    const text =
      'The county said the bridge on Route 9 would stay closed until August. ' +
      'Meanwhile, shop owners in Eldora say their sales have fallen by half, the Des Moines Register reports.';
    expect((await claimWith(text, 'the bridge on Route 9'))?.via).toEqual([]);
    expect((await claimWith(text, 'their sales have fallen'))?.via).toEqual(['Des Moines Register']);
  });

  it("a spokesperson named with the governor after a paper's report is not the paper's", async () => {
    const text =
      'State regulators fined Corvel Energy $4 million on Tuesday over a gas leak, the Columbus Dispatch reports. ' +
      'A spokeswoman for Gov. Dana Whitfield said Wednesday that the fine was far too small.';
    const claim = await claimWith(text, 'the fine was far too small');
    expect(claim?.via ?? []).not.toContain('Columbus Dispatch');
  });

  it("people speaking right after a paper's report stay the paper's", async () => {
    const text =
      'State regulators fined Corvel Energy $4 million on Tuesday over a gas leak, the Columbus Dispatch reports. ' +
      'Residents say the smell of gas lingered for weeks.';
    expect((await claimWith(text, 'the smell of gas lingered'))?.via).toEqual(['Columbus Dispatch']);
  });

  it('"X said, per the <paper>": the paper carries X\'s words and speaks none of its own', async () => {
    const text =
      'A flash flood swept through the town of Redlodge on Sunday night. ' +
      '"The water came up to the windows in ten minutes," Marta Olsen, 58, said, per the Redlodge Independent Record.';
    const claims = await namedClaims(text);
    const olsen = claims.find((c) => c.evidence.includes('The water came up'));
    expect(olsen?.claimants).toEqual(['Marta Olsen']);
    expect(olsen?.via).toEqual(['Redlodge Independent Record']);
    expect(claims.filter((c) => c.claimants.includes('Redlodge Independent Record'))).toEqual([]);
  });

  it('after "Separately", a claim told to an outlet of its own keeps that outlet', async () => {
    const text =
      "Two climbers were rescued from Mount Shasta on Sunday, a sheriff's spokesman said. " +
      'Separately, one of the climbers, Ana Ruiz, told KGW that she would climb again next summer.';
    expect((await claimWith(text, 'she would climb again'))?.via).toEqual(['KGW']);
  });
});
