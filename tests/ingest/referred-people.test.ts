/**
 * Speakers named by a reference to people already named: "the former", "the latter", "the couple",
 * "both men" for the two people named together before (sources/pair-references.ts), "her husband"
 * for the spouse the article named (sources/spouse-sources.ts), and a bare "one" after a group spoke
 * (sources/one-of-group.ts), on real CoreNLP parses of texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a reference to two people named together', () => {
  const debate =
    'The two finalists for fire chief in Marlow answered questions from residents on Monday. ' +
    'Olivia Brandt and Martin Sykes spoke for an hour at the library. ' +
    'The former said the department needs a second ladder truck. ' +
    'The latter said response times had grown by two minutes since 2019.';

  it('"the former" is the first of them, "the latter" the second', async () => {
    expect(await claimantsOf(debate, 'second ladder truck')).toEqual(['Olivia Brandt']);
    expect(await claimantsOf(debate, 'response times')).toEqual(['Martin Sykes']);
  });

  it('"the couple" is both of them', async () => {
    const text =
      'A bakery in Tulsa has closed after 41 years. Harold and Denise Kemper opened it in 1983 with a loan from her father. ' +
      'The couple said rising flour prices made the decision for them.';
    expect(await claimantsOf(text, 'rising flour prices')).toEqual(['Harold', 'Denise Kemper']);
  });

  it('stays a description when three people were named together', async () => {
    const text =
      'Ana Ruiz, Tom Bell and Lee Park met the governor on Friday. ' +
      'The former said the meeting went well and another is planned for May.';
    const claimants = await claimantsOf(text, 'meeting went well');
    expect(claimants).not.toContain('Ana Ruiz');
    expect(claimants).not.toContain('Lee Park');
  });
});

describe('a spouse named before', () => {
  it('"her husband" and "his wife" are the couple named together', async () => {
    const text =
      'Mayor Karen Oduya and contractor Paul Oduya are facing questions about a parking garage contract. ' +
      'Her husband told the Gazette his company won the bid fairly. ' +
      'His wife said she had left the room whenever the council discussed it.';
    expect(await claimantsOf(text, 'won the bid fairly')).toEqual(['Paul Oduya']);
    expect(await claimantsOf(text, 'left the room')).toEqual(['Karen Oduya']);
  });
});

describe('"one" of a group that just spoke', () => {
  it('is that group', async () => {
    const text =
      'The new toll lanes on Route 9 opened this week. Several truck drivers tell the Ledger the signs come too late to change lanes safely. ' +
      '"I almost missed the exit on my first try," one said.';
    expect(await claimantsOf(text, 'almost missed the exit')).toEqual(['Several truck drivers']);
  });

  it('is nobody after one person spoke', async () => {
    const text =
      'The new toll lanes on Route 9 opened this week. Driver Ed Malone tells the Ledger the signs come too late to change lanes safely. ' +
      '"I almost missed the exit on my first try," one said.';
    expect(await claimantsOf(text, 'almost missed the exit')).not.toEqual(['Ed Malone']);
  });
});

describe('"both" or "the two" with a plural for people', () => {
  it('"Both senators" and "the two candidates" are the pair named together', async () => {
    const letter =
      'Sens. Ann Ferrell and Doug Baker wrote to the Pentagon on Monday about the tanker contract. ' +
      'Both senators said the contract should be cancelled.';
    expect(await claimantsOf(letter, 'should be cancelled')).toEqual(['Ann Ferrell', 'Doug Baker']);
    const debate =
      'Mayoral candidates Rita Haynes and Carl Voss debated in Akron on Thursday. ' +
      'The two candidates said the city needs more police officers.';
    expect(await claimantsOf(debate, 'more police officers')).toEqual(['Rita Haynes', 'Carl Voss']);
  });

  it('is no pair the noun does not fit: two voters for "both candidates", "both bridges"', async () => {
    const voters = 'Retirees Rita Haynes and Carl Voss waited two hours to vote in Akron. Both candidates said the lines were a disgrace.';
    expect(await claimantsOf(voters, 'were a disgrace')).not.toEqual(['Rita Haynes', 'Carl Voss']);
    const bridges =
      'Engineers Ann Ferrell and Doug Baker inspected the river crossings on Monday. Both bridges were closed, the city said.';
    expect(await claimantsOf(bridges, 'were closed')).not.toEqual(['Ann Ferrell', 'Doug Baker']);
  });
});
