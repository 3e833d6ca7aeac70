/**
 * Respondents counted by a poll speak through it (src/ingest/attribution/sources/poll-respondents.ts),
 * on a real CoreNLP parse of sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantNames } from '../support/parsed-attributions.ts';

describe('poll respondents', () => {
  it("names the survey beside '62 percent of the farmers' ('In a survey, N percent of X said S')", async () => {
    const text = 'In a survey of dairy owners, 62 percent of the farmers said the new water rules had hurt their harvests.';
    expect(await claimantNames(text)).toEqual([['62 percent of the farmers', 'a survey of dairy owners']]);
  });

  it("names the survey beside 'four in 10 parents' (a count on the noun) and 'a majority of renters'", async () => {
    const parents =
      'In a statewide survey of school families, four in 10 parents said the longer school day left their children too tired.';
    expect(await claimantNames(parents)).toEqual([['four in 10 parents', 'a statewide survey of school families']]);
    const renters = 'In the county survey, a majority of renters said rising fees would push them out of town.';
    expect(await claimantNames(renters)).toEqual([['a majority of renters', 'the county survey']]);
  });

  it("names the poll of an 'in' phrase after the claim ('N percent said S, in a survey taken ...')", async () => {
    const text = 'Sixty-one percent of the nurses said the new shifts were unsafe, in a union survey taken last month.';
    expect(await claimantNames(text)).toEqual([['Sixty-one percent of the nurses', 'a union survey']]);
  });

  it("counts 'most parents' and 'many more women' as respondents", async () => {
    const parents = 'In the school survey, most parents said the buses ran late.';
    expect(await claimantNames(parents)).toEqual([['most parents', 'the school survey']]);
    const women = 'In a poll of city workers, many more women said the offices were too cold.';
    expect(await claimantNames(women)).toEqual([['many more women', 'a poll of city workers']]);
  });

  it("leaves a speaker who is no count alone ('went to the polls' is not a poll)", async () => {
    const text = 'After voters went to the polls on Tuesday, Mayor Ruth Calder said the turnout had surprised her staff.';
    expect(await claimantNames(text)).toEqual([['Ruth Calder']]);
  });
});
