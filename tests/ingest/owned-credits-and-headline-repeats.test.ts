/**
 * "S, their doctors said": a closing credit by a group a possessive pronoun ties to the words credited is
 * that group's claim, named by the subject of those words ("hikers' doctors"), never by an earlier name
 * (src/ingest/attribution/sources/content-subject-possessors.ts); a headline line whose saying the body
 * reports is no second claim (src/ingest/annotation/headline-repeats.ts). Real CoreNLP parses of texts
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { namedClaims } from '../support/named-claims.ts';

const claimOf = async (text: string, words: string) => (await namedClaims(text)).find((c) => c.evidence.includes(words));

describe('closing credits by an owned group', () => {
  it('"their doctors" after "the hikers are expected to survive" are the hikers\' doctors', async () => {
    const text = 'Ranger Tom Albee led the search through the night. The two hikers are expected to survive, their doctors said Monday.';
    const claim = await claimOf(text, 'expected to survive');
    expect(claim?.claimants).toEqual([expect.stringMatching(/^(two )?hikers' doctors$/)]);
  });

  it('"their families" after "the boys will be back in school" are the boys\' families', async () => {
    const text = 'Coach Dana Pruett praised the rescuers. The boys will be back in school next month, their families said in a statement.';
    const claim = await claimOf(text, 'back in school');
    expect(claim?.claimants).toEqual(["boys' families"]);
  });

  it('"its rangers" after "the park had closed two trails" are the park\'s rangers', async () => {
    const text = 'The search ended on Friday. The park had closed two trails during the search, its rangers said in a statement.';
    const claim = await claimOf(text, 'closed two trails');
    expect(claim?.claimants).toEqual(["park's rangers"]);
  });

  it('"his family" after "the boy is believed to be safe" is not the man named before', async () => {
    const text = 'Officer Glen Marsh found the car near the river. The boy is believed to be safe, his family said.';
    const claim = await claimOf(text, 'believed to be safe');
    expect(claim?.claimants ?? []).not.toContainEqual(expect.stringMatching(/Marsh/));
  });

  it("a subject the parser hangs the credit under still owns the credit's group", async () => {
    const text =
      'Three teenagers hurt when their car slid off an icy bridge outside Duluth on Saturday are expected to make a full recovery, their doctors said Monday.';
    const claim = await claimOf(text, 'full recovery');
    expect(claim?.claimants).toEqual(["teenagers' doctors"]);
  });

  it('a named subject still owns "his lawyers"', async () => {
    const text = 'Carl Kessler was charged on Monday. Kessler was not involved in the scheme, his lawyers said.';
    const claim = await claimOf(text, 'not involved in the scheme');
    expect(claim?.claimants).toEqual(["Carl Kessler's lawyers"]);
  });
});

describe('a headline line over the body', () => {
  it('"Coach Says Rookie Will Start" is the body\'s one claim, not a second', async () => {
    const text =
      'Coach Says Rookie Will Start Sunday\n\nRookie quarterback Eli Dunn will start Sunday against the Bears, coach Mark Halvorsen said Wednesday. ' +
      'Dunn has impressed in practice, Halvorsen told reporters.';
    const claims = await namedClaims(text);
    expect(claims.filter((c) => /will start/i.test(c.evidence))).toHaveLength(1);
    expect(claims.find((c) => /will start/i.test(c.evidence))?.claimants).toEqual(['Mark Halvorsen']);
  });

  it('"Union Says Nurses Will Strike" is the body\'s "their union said" only', async () => {
    const text =
      'Union Says Nurses Will Strike Friday\n\nAbout 4,000 nurses at three Boston hospitals will walk off the job Friday, their union said Tuesday. ' +
      'A hospital spokeswoman, Karen Ide, said patients would not be turned away.';
    const claims = await namedClaims(text);
    const strike = claims.filter((c) => /strike|walk off/i.test(c.evidence));
    expect(strike).toHaveLength(1);
    expect(strike[0].evidence).toMatch(/walk off the job/);
  });

  it('keeps a headline claim whose speaker the body has no claim of', async () => {
    const text =
      'Senator Says Tariffs Will Hurt Farmers\n\nSoybean prices fell for a third week. The Agriculture Department said exports were down 12%.';
    const claims = await namedClaims(text);
    expect(claims.some((c) => /Tariffs Will Hurt/.test(c.evidence))).toBe(true);
  });
});
