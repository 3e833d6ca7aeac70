/**
 * How far an outlet's credit reaches after it, on real CoreNLP parses of texts written for these tests:
 * a speaker going on from a statement of their own is not an earlier interview's, an organisation
 * speaking in its own right ends an interview's passage (annotation/interview-passage-stops.ts), and
 * "one of the officials" after an outlet's report citing the officials keeps the outlet
 * (annotation/partitive-speakers.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('where an outlet passage reaches', () => {
  it("\"A hospital source told the Gazette S1. X said in a statement S2. 'Q,' she said.\": Q is the statement's, no via", async () => {
    const text =
      'Two nurses were suspended after a patient died in the emergency room, a hospital source told the Gazette. ' +
      'Chief Executive Ellen Marsh said in a statement that the hospital was reviewing its staffing. ' +
      '"We owe the family answers," she said.';
    expect(await claimWith(text, 'owe the family')).toEqual({ claimants: ['Ellen Marsh'], via: [] });
  });

  it("\"X told the Gazette S1. 'Q,' she said.\": a quotation after the interview is still the interview's", async () => {
    const text =
      'Chief Executive Ellen Marsh told the Gazette that the hospital was reviewing its staffing. "We owe the family answers," she said.';
    expect(await claimWith(text, 'owe the family')).toEqual({ claimants: ['Ellen Marsh'], via: ['Gazette'] });
  });

  it('"Tenants told the Herald S1. The housing department said S2. Councilman X said S3.": S3 takes no via', async () => {
    const text =
      'Tenants told the Miami Herald that their building had gone without heat for a month. ' +
      'The city housing department said it had fined the landlord twice. ' +
      'Councilman Victor Salas said he would ask for an audit of the inspections.';
    expect(await claimWith(text, 'audit of the inspections')).toEqual({ claimants: ['Victor Salas'], via: [] });
  });

  it('"Tenants told the Herald S1. Councilman X said S3.": with no body speaking between, the passage still reaches', async () => {
    const text =
      'Tenants told the Miami Herald that their building had gone without heat for a month. ' +
      'One tenant, Rosa Delgado, said her children slept in their coats.';
    expect(await claimWith(text, 'slept in their coats')).toEqual({ claimants: ['Rosa Delgado'], via: ['Miami Herald'] });
  });

  it('"…, Reuters reports, citing two officials. One of the officials said S": S via Reuters', async () => {
    const text =
      'The European Central Bank will leave rates unchanged next month, Reuters reports, citing two officials familiar with the talks. ' +
      'One of the officials said a cut in the autumn was still possible.';
    expect((await claimWith(text, 'still possible'))?.via).toEqual(['Reuters']);
  });

  it('"…, Bloomberg reports, citing three executives. One executive said S": S via Bloomberg', async () => {
    const text =
      'The airline is preparing to cut 40 routes this winter, Bloomberg reports, citing three executives briefed on the plan. ' +
      'One executive said the cuts would fall hardest on regional airports.';
    expect((await claimWith(text, 'hardest on regional'))?.via).toEqual(['Bloomberg']);
  });

  it('"…, citing two officials. One of the senators said S": a member of another group takes no via', async () => {
    const text =
      'The bill will be delayed until spring, Politico reports, citing two officials familiar with the talks. ' +
      'One of the senators said the delay was a mistake.';
    expect((await claimWith(text, 'delay was a mistake'))?.via).toEqual([]);
  });
});
