/**
 * Bodies whose names are made of everyday words the parser reads as part of the sentence
 * (src/ingest/nlp/misread-body-names.ts): "Save the Children said S", "Access Now said S", "The Committee to
 * Protect Journalists said S", "the WHO's regional director … said S", on real CoreNLP parses of texts
 * written for this test. The speaker is the body by its whole name, or the person who speaks for it; a
 * short name the gazetteer knows as an outlet's is the body an appositive calls it
 * (src/ingest/entities/otherwise-described-outlets.ts).
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';
import { joinMisreadBodyNames } from '../../src/ingest/nlp/misread-body-names.ts';

const PUBLISHED = '2025-02-13T12:00:00-05:00';

async function claimantsOf(text: string, words: string): Promise<string[] | undefined> {
  return (await namedClaims(text, PUBLISHED)).find((c) => c.evidence.includes(words))?.claimants;
}

describe('a body named with everyday words', () => {
  it('is sent as one word of the same length; lowercase words and shouted capitals are left alone', () => {
    const text = 'Save the Children and Access Now joined WHO staff. We must save the children now. WHO KNEW?';
    const joined = joinMisreadBodyNames(text);
    expect(joined).toHaveLength(text.length);
    expect(joined).toBe('Save_the_Children and Access_Now joined W_O staff. We must save the children now. WHO KNEW?');
  });

  it('"Save the Children said S" is the charity, not a group of children', async () => {
    const text =
      'Floods have closed more than 400 schools in northern Bangladesh. Save the Children said at least 90,000 pupils had lost their classrooms.';
    expect(await claimantsOf(text, '90,000 pupils')).toEqual(['Save the Children']);
  });

  it('"Access Now said S" is the whole name, not "Access"', async () => {
    const text =
      'Mobile internet has been cut across the region since the protests began. Access Now said the blackout had cost small traders millions.';
    expect(await claimantsOf(text, 'cost small traders')).toEqual(['Access Now']);
  });

  it('"The Committee to Protect Journalists said S" gives the committee a claim', async () => {
    const text =
      'Two radio reporters were arrested in Tbilisi on Tuesday. The Committee to Protect Journalists said the charges were meant to silence them.';
    expect(await claimantsOf(text, 'meant to silence them')).toEqual(['Committee to Protect Journalists']);
  });

  it('"the WHO\'s regional director, <name>, said S" is the person, the initials not read as "who"', async () => {
    const text =
      "Measles cases in Central Asia tripled last year. The WHO's regional director for Europe, Lena Vardi, said vaccination rates had fallen below 80%.";
    expect(await claimantsOf(text, 'vaccination rates had fallen')).toEqual(['Lena Vardi']);
  });

  it('"Friends of the Earth Scotland said S" is the branch, not the country', async () => {
    const text =
      "A new oil field off Shetland won approval on Friday. Friends of the Earth Scotland said the decision broke the government's climate pledges.";
    expect(await claimantsOf(text, 'broke the government')).toEqual(['Friends of the Earth Scotland']);
  });

  it('"Free Press, a media reform group, said S" is that group, not the Detroit Free Press', async () => {
    const text =
      'Regulators approved the merger of two TV station owners on Thursday. Free Press, a media reform group, said the deal would gut local newsrooms.';
    expect(await claimantsOf(text, 'gut local newsrooms')).toEqual(['Free Press']);
  });

  it('a paper the gazetteer knows is still the paper when an appositive calls it one', async () => {
    const text = 'The Detroit Free Press, a Gannett newspaper, said Monday that it would stop printing on Saturdays to save costs.';
    expect(await claimantsOf(text, 'stop printing on Saturdays')).toEqual(['Detroit Free Press']);
  });

  it('an ordinary "who" is still a pronoun', async () => {
    const text = 'The mayor, who took office in January, said the budget would be balanced by June.';
    expect(await claimantsOf(text, 'budget would be balanced')).toEqual(['mayor']);
  });
});
