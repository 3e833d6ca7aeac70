/**
 * The outlet that carried a claim, in the ways news summaries credit one, on real CoreNLP parses of
 * texts written for this test: a known outlet the tagger calls a person ("El País"), a closing
 * "as the Guardian notes", an outlet "citing" its speakers before its verb, a person-tagged name with a
 * masthead word told a claim, a country's media as a whole; a closing credit does not reach back over a
 * claim another outlet carried, and "the official" keeps the outlet that quoted the official just before.
 * An outlet never becomes the speaker of words it only carried.
 */
import { describe, expect, it } from 'vitest';
import { claimWith } from '../support/named-claims.ts';

describe('outlets credited in the forms of news summaries', () => {
  it('"X said S, El País reports": El País carried the minister\'s words', async () => {
    const text =
      "Portugal's health minister, Rita Mendes, said the clinics would reopen next month, El País reports. The unions welcomed the news.";
    const claim = await claimWith(text, 'the clinics would reopen');
    expect(claim?.claimants).toEqual(['Rita Mendes']);
    expect(claim?.via).toEqual(['El País']);
  });

  it('"S, as the Guardian notes" credits the Guardian', async () => {
    const text = 'Defense Secretary Lloyd Austin said the naval drills would go ahead in March, as the Guardian notes.';
    const claim = await claimWith(text, 'the naval drills would go ahead');
    expect(claim?.claimants).toEqual(['Lloyd Austin']);
    expect(claim?.via).toEqual(['The Guardian']);
  });

  it('"the Times, citing three officials, reports that S": the officials speak through the Times', async () => {
    const text = 'The New York Times, citing three officials, reports that the agency will cut 200 jobs this year.';
    const claim = await claimWith(text, 'the agency will cut 200 jobs');
    expect(claim?.claimants).toEqual(['three officials']);
    expect(claim?.via).toEqual(['The New York Times']);
  });

  it('"told Heraldo de Aragón" is telling a newspaper', async () => {
    const text = 'The fire chief, Pilar Gascón, told Heraldo de Aragón that two hikers were still missing near Jaca.';
    const claim = await claimWith(text, 'two hikers were still missing');
    expect(claim?.claimants).toEqual(['Pilar Gascón']);
    expect(claim?.via).toEqual(['Heraldo de Aragón']);
  });

  it('"according to state media": the minister speaks, state media carry it', async () => {
    const text = 'The interior minister said the attackers had been arrested near the border, according to state media.';
    const claim = await claimWith(text, 'the attackers had been arrested');
    expect(claim?.claimants).toEqual(['interior minister']);
    expect(claim?.via).toEqual(['state media']);
  });

  it('a later "according to Bloomberg" does not reach back over a claim the Journal carried', async () => {
    const text =
      'Rail operator Nordline will close three depots, its chief executive, Ola Brekke, told the Wall Street Journal. ' +
      'Brekke said falling ticket sales were the main reason. ' +
      'The company had promised to keep every depot open until 2026, according to Bloomberg.';
    const claim = await claimWith(text, 'falling ticket sales');
    expect(claim?.via ?? []).not.toContain('Bloomberg');
  });

  it('"the official" keeps the outlet that just quoted a security official', async () => {
    const text =
      'Reuters quotes a Danish port official as saying the cargo was seized on Friday. ' +
      'The official said the crew had been questioned for hours. ' +
      'Prime Minister Mette Frederiksen told reporters the case was serious, Politiken reports.';
    const claim = await claimWith(text, 'the crew had been questioned');
    expect(claim?.via).toEqual(['Reuters']);
  });
});
