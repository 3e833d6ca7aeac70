/**
 * "Gov. Helen Dorsey and her brother, Carl Dorsey, … The governor said S": "the governor" is the one
 * the title was given to, not a relative named in full who shares her surname
 * (src/ingest/attribution/sources/described-names.ts). "The mayor is weighing a run, a person close to
 * her told the AP": the person close to her spoke, not the mayor (src/ingest/attribution/credits/familiar-speakers.ts).
 * Real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';
import { claimWith } from '../support/named-claims.ts';

describe('an office title shared by surname only', () => {
  it('"the governor" is the governor, not her brother named after her', async () => {
    const text =
      'Gov. Helen Dorsey and her brother, Carl Dorsey, toured the flooded farms outside Macon on Friday. ' +
      'The governor said the state would pay for new levees.';
    expect(await claimantsOf(text, 'the state would pay for new levees')).toEqual(['Helen Dorsey']);
  });

  it('"the senator" is the senator, not her son', async () => {
    const text =
      'Sen. Ruth Calder and her son, Evan Calder, were stuck for six hours at the Denver airport on Sunday. ' +
      'The senator said the airline had given passengers no information.';
    expect(await claimantsOf(text, 'the airline had given passengers no information')).toEqual(['Ruth Calder']);
  });

  it('"the mayor" is the mayor when her husband is named first', async () => {
    const text =
      'Frank Alvarez and his wife, Mayor Irene Alvarez, cast their ballots early on Tuesday. ' +
      'The mayor said turnout in the city looked strong.';
    expect(await claimantsOf(text, 'turnout in the city looked strong')).toEqual(['Irene Alvarez']);
  });

  it('a later surname alone still stands for the titled person', async () => {
    const text =
      'Sen. Ruth Calder returned to Washington on Monday. Calder met farm leaders for two hours. ' +
      'The senator said a drought bill would pass by summer.';
    expect(await claimantsOf(text, 'a drought bill would pass by summer')).toEqual(['Ruth Calder']);
  });
});

describe('an unnamed source close to someone named by a pronoun', () => {
  it('"a person close to her told the Tribune" is the speaker, not the governor', async () => {
    const text = 'The governor is weighing a pardon for the former sheriff, a person close to her told the Chicago Tribune.';
    const claim = await claimWith(text, 'weighing a pardon');
    expect(claim?.claimants).toEqual(['person close to her']);
    expect(claim?.via).toEqual(['Chicago Tribune']);
  });

  it('the one the source is close to is not the speaker of a plan', async () => {
    const text =
      'Sen. Mark Rudd and his brother, Leo Rudd, run a cattle ranch in Wyoming. ' +
      'The senator intends to sell the ranch next spring, people close to him told the Casper Star-Tribune.';
    const claim = await claimWith(text, 'sell the ranch');
    expect(claim?.claimants).toEqual(['people close to him']);
  });

  it('a source close to a named group keeps its reading', async () => {
    const text = 'The club will fire its manager on Monday, a source close to the board told the BBC.';
    expect((await claimWith(text, 'fire its manager'))?.claimants).toEqual(['source close to the board']);
  });
});
