/**
 * "A spokesman for Mayor Ruth Ellison, Omar Haddad, said", "A spokeswoman for the governor, Tess Marlow,
 * said": the name after a representative's principal is the representative's own
 * (src/ingest/attribution/sources/principal-representatives.ts); "…, the agency said" after a business
 * is the public body named before (sources/described-names.ts), on real CoreNLP parses of texts written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('representatives named after their principal, and "the agency"', () => {
  it('a spokesman for a named mayor, named after the mayor, speaks himself', async () => {
    const text =
      'The city council voted to close two libraries. A spokesman for Mayor Ruth Ellison, Omar Haddad, said the mayor would veto the plan.';
    expect(await claimantsOf(text, 'the mayor would veto the plan')).toEqual(['Omar Haddad']);
  });

  it('a spokeswoman for "the governor", named after it for the first time, speaks herself', async () => {
    const text =
      'Gov. Brian Castle signed the bill on Friday. A spokeswoman for the governor, Tess Marlow, said the law would take effect in July.';
    expect(await claimantsOf(text, 'the law would take effect')).toEqual(['Tess Marlow']);
  });

  it('a lawyer for "the district attorney", named after it, speaks herself', async () => {
    const text =
      'Two officers were charged with assault on Monday. A lawyer for the district attorney, Joan Pereira, said both would plead not guilty.';
    expect(await claimantsOf(text, 'both would plead not guilty')).toEqual(['Joan Pereira']);
  });

  it('the governor named before is the governor, not the spokesman', async () => {
    const text = 'Gov. Brian Castle vetoed the bill on Friday. A spokesman for the governor, Brian Castle, said the veto was final.';
    expect(await claimantsOf(text, 'the veto was final')).not.toEqual(['Brian Castle']);
  });

  it('"the agency" after a business named in its own sentence is the public body named before', async () => {
    const text =
      'The Consumer Product Safety Commission recalled 80,000 space heaters on Tuesday. ' +
      'Brightwell Appliances first heard of the fires in March, the agency said.';
    expect(await claimantsOf(text, 'first heard of the fires')).toEqual(['Consumer Product Safety Commission']);
  });

  it('"the agency" with no public body named before stays with the nearest fitting name', async () => {
    const text = "Moody's cut the bank's rating by two notches on Monday. Its outlook is negative, the agency said.";
    const [claimant] = (await claimantsOf(text, 'Its outlook is negative')) ?? [];
    expect(claimant).toMatch(/^Moody/);
  });
});
