/**
 * Polls, studies, trackers and agencies as sources: figures speak for the body they come from
 * (sources/data-keepers.ts), a poll credited after its finding is the finding's source
 * (filters/closing-findings.ts), a study names where it was published (sources/source-phrases.ts), and
 * "the company" is neither a tracker only cited for a figure nor a university
 * (sources/described-names.ts), on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';
import { namedClaims } from '../support/named-claims.ts';

describe('non-person sources and what they carry', () => {
  it('"the company" after a cited tracker is the company the story is about', async () => {
    const text =
      'Thousands of Comcast customers in Oregon lost internet access on Friday, the company said. ' +
      'Complaints peaked at about 40,000 in the afternoon, according to Downdetector, which tracks outages. ' +
      'The company said a damaged fiber cable was to blame.';
    const [claimant] = (await claimantsOf(text, 'a damaged fiber cable was to blame')) ?? [];
    expect(claimant).toBe('Comcast');
  });

  it('"the company" is not a university named in a study', async () => {
    const text =
      'Brightline Motors recalled 12,000 electric scooters on Monday after reports of battery fires. ' +
      'A 2023 study by the University of Leeds found that cheap batteries caused most scooter fires. ' +
      'The company said no one had been hurt.';
    const [claimant] = (await claimantsOf(text, 'no one had been hurt')) ?? [];
    expect(claimant).not.toMatch(/University/);
  });

  it('"data from" a body speak for that body', async () => {
    const text = 'Data from the Bureau of Labor Statistics show that wages rose 4% last year.';
    expect(await claimantsOf(text, 'wages rose 4% last year')).toEqual(['Bureau of Labor Statistics']);
  });

  it('"data from" a place is no speaker of its own', async () => {
    const text = 'Data from Nevada showed that turnout fell in rural counties.';
    expect(await claimantsOf(text, 'turnout fell in rural counties')).not.toEqual(['Nevada']);
  });

  it('a poll credited after its finding is the source, and the people it counted are not a second claim', async () => {
    const text = "Most Iowa farmers oppose a proposed increase in the state's fuel tax, a Marist poll released Thursday finds.";
    const claims = await namedClaims(text);
    expect(claims.map((c) => c.claimants.join())).toEqual([expect.stringMatching(/poll/)]);
  });

  it('a study names the journal it was published in', async () => {
    const text = 'Air pollution shortens the average life by two years, a study published Monday in The Lancet found.';
    const [claimant] = (await claimantsOf(text, 'Air pollution shortens')) ?? [];
    expect(claimant).toMatch(/study published .*Lancet/);
  });
});
