/**
 * Ordinary Newser attributions that gave no claim or the wrong speaker, on real CoreNLP parses of texts
 * written for this test: a "that" clause the parser hung on the occasion noun after the verb ("told
 * investors on a call that S": frames/occasion-noun-complements.ts), a bystander named after a bare
 * label whose name the parser left a loose dependent of the label (sources/unpunctuated-appositives.ts),
 * a closing credit the parser hung on the last word of S (frames/closing-sentence-credits.ts),
 * and a paragraph ending on "newsletter" that was set aside as a sign-up prompt (text/clean.ts).
 */
import { describe, expect, it } from 'vitest';
import { boilerplateBlocks, splitLines } from '../../src/ingest/text/clean.ts';
import { namedClaims } from '../support/named-claims.ts';
import { claimantsOf } from '../support/parsed-attributions.ts';

describe('a "that" clause hung on the occasion after the verb', () => {
  it('"told investors on a call that S" is the speaker\'s claim', async () => {
    const text = 'Chief executive Dana Whitfield told investors on a call that the firm would keep studying the drug in younger patients.';
    expect(await claimantsOf(text, 'the firm would keep studying the drug')).toEqual(['Dana Whitfield']);
  });

  it('a relative clause on the occasion noun is no saying', async () => {
    const text = 'Senator Ruth Alder spoke at a rally that drew thousands of farmers to the capitol.';
    expect(await claimantsOf(text, 'drew thousands')).toBeUndefined();
  });
});

describe('a bystander named after a bare label', () => {
  it('"Harlow resident Joan Pruitt, whose farmhouse …, told the paper S" is Joan Pruitt\'s', async () => {
    const text =
      'Harlow resident Joan Pruitt, whose farmhouse sits a quarter-mile from the tracks, told the paper that she heard a sound like thunder.';
    expect(await claimantsOf(text, 'she heard a sound like thunder')).toEqual(['Joan Pruitt']);
  });

  it('"Harlow resident Joan Pruitt, who lives near the tracks, told S" is Joan Pruitt\'s', async () => {
    const text = 'Harlow resident Joan Pruitt, who lives near the tracks, told the paper that she heard a loud bang.';
    expect(await claimantsOf(text, 'she heard a loud bang')).toEqual(['Joan Pruitt']);
  });

  it('a label read the plain way keeps its name', async () => {
    const text = 'Retired nurse Ellen Ward, whose son serves in the Navy, said the base should stay open.';
    expect(await claimantsOf(text, 'the base should stay open')).toEqual(['Ellen Ward']);
  });
});

describe('a closing credit hung on the last word of what it credits', () => {
  it('"S1 and S2, her brother told reporters" credits the whole sentence to her brother', async () => {
    const text =
      'Rescuers found hiker Anna Kovac on Sunday. She had rationed her water for three days and slept under a fallen pine, her brother told reporters.';
    expect(await claimantsOf(text, 'She had rationed her water for three days and slept under a fallen pine')).toEqual([
      "Anna Kovac's brother",
    ]);
  });

  it('an ordinary closing credit still reads S before its comma', async () => {
    const text = 'The bridge will close for repairs in March, the city said.';
    expect(await claimantsOf(text, 'The bridge will close for repairs in March')).toEqual(['the city']);
  });
});

describe('a paragraph that mentions a newsletter', () => {
  it('"…, their association said in a newsletter." keeps the whole paragraph\'s claims', async () => {
    const text =
      'Senator Ellen Marsh says she will not seek a fourth term. Local farmers have worried about the race for months, ' +
      'their association said in a newsletter. Marsh said she plans to teach.';
    const claims = await namedClaims(text, '2024-03-12T12:00:00-05:00');
    expect(claims.filter((c) => c.claimants.includes('Ellen Marsh'))).toHaveLength(2);
  });

  it('a sign-up prompt is still boilerplate', () => {
    const text = 'Story text.\n\nOur daily newsletter is free.\n\nMore story text.';
    const blocks = boilerplateBlocks(splitLines(text));
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['Our daily newsletter is free.']);
  });
});
