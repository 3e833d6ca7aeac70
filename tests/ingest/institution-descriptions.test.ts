/**
 * "A spokeswoman for the company", "the firm's lawyer", "officials at the utility": people described by
 * a body that is itself a "the <noun>" description are tied to the name it stands for
 * (src/ingest/attribution/sources/institution-descriptions.ts), on real CoreNLP parses of texts
 * written for this test; "the company" is not an outlet that carried an earlier claim.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('people of a body described after its name', () => {
  it('"a spokeswoman for the company" speaks for the company named before', async () => {
    const text =
      'Harlan Biotech opened a new laboratory in Leeds on Monday. A spokeswoman for the company said forty scientists would work there.';
    const [claimant] = (await claimantsOf(text, 'forty scientists would work there')) ?? [];
    expect(claimant).toMatch(/spokeswoman for Harlan Biotech$/);
  });

  it('"the firm\'s lawyer" is the named firm\'s lawyer', async () => {
    const text = "Baxter Dredging Company was fined for polluting the harbor. The firm's lawyer said the fine would be appealed.";
    const [claimant] = (await claimantsOf(text, 'the fine would be appealed')) ?? [];
    expect(claimant).toMatch(/^Baxter Dredging Company's lawyer$/);
  });

  it('"officials at the utility" are the named utility\'s officials', async () => {
    const text =
      'A storm cut power to 12,000 homes served by Dunmore Power Cooperative. Officials at the utility said most homes would be reconnected by Friday.';
    const [claimant] = (await claimantsOf(text, 'most homes would be reconnected')) ?? [];
    expect(claimant).toMatch(/^Officials at Dunmore Power Cooperative$/);
  });

  it('"a spokesman for the port authority" names the port authority named before', async () => {
    const text =
      'The Kessling Port Authority closed two berths after the spill. A spokesman for the port authority said the berths would reopen on Thursday.';
    const [claimant] = (await claimantsOf(text, 'the berths would reopen')) ?? [];
    expect(claimant).toMatch(/spokesman for (the )?Kessling Port Authority$/);
  });

  it('names neither company when two were named', async () => {
    const text =
      'Meridian Foods and Corvel Labs signed a licensing deal on Monday. A spokesman for the company said the deal was worth $40 million.';
    const [claimant] = (await claimantsOf(text, 'the deal was worth')) ?? [];
    expect(claimant).not.toMatch(/Meridian|Corvel/);
  });

  it('"the coastguard" is the Coast Guard named before', async () => {
    const text =
      'The Irish Coast Guard rescued nine fishermen from a trawler off Donegal on Sunday. The coastguard said the trawler had lost power in high seas.';
    expect(await claimantsOf(text, 'the trawler had lost power')).toEqual(['Irish Coast Guard']);
  });

  it('"the company" is not the outlet a speaker talked to and that "reports"', async () => {
    const text =
      'Nurse Ada Kemp told the Valley Courier that the clinic had run out of insulin. Two other clinics closed early, the Courier reports. ' +
      'The company said the supplies would arrive on Monday.';
    const [claimant] = (await claimantsOf(text, 'the supplies would arrive')) ?? [];
    expect(claimant).not.toMatch(/Courier/);
  });
});
